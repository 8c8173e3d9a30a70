package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.devstack.testing.Scrape;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class QueryMetricsTest {

    private static final String EVENTS = "newslens_query_events_applied_total";
    private static final String LAG = "newslens_query_projection_lag_seconds";

    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    @Test
    void eventsAreCountedByOutcomeAndTheLagFollowsTheLastOne() {
        Scrape before = scrape();
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        String first = Articles.newId();
        ArticleEnriched old = enriched(first, longAgo);
        topic.publishInOrder(old);
        topic.publishInOrder(enriched(Articles.newId(), longAgo));
        topic.publishInOrder(old);
        topic.publishInOrder(enriched(first, longAgo.minusSeconds(60)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Scrape after = scrape();
            assertThat(delta(before, after, "applied")).isEqualTo(2);
            assertThat(delta(before, after, "already_applied")).isEqualTo(1);
            assertThat(delta(before, after, "stale")).isEqualTo(1);
            assertThat(after.sum(LAG)).isGreaterThanOrEqualTo(3600);
            assertThat(after.increase(before, "newslens_query_end_to_end_seconds_count")).isEqualTo(2);
            // every record arrived in some batch: the batches' sizes add up to the four records
            assertThat(after.increase(before, "newslens_query_projection_batch_records_sum")).isEqualTo(4);
            assertThat(after.increase(before, "newslens_query_projection_batch_records_count")).isBetween(1.0, 4.0);
        });

        topic.publishInOrder(enriched(Articles.newId(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Scrape caughtUp = scrape();
            assertThat(delta(before, caughtUp, "applied")).isEqualTo(3);
            assertThat(caughtUp.has(LAG)).isTrue();
            assertThat(caughtUp.sum(LAG)).isLessThan(60);
        });
    }

    @Test
    void queryLatencyIsRecordedPerEndpointTemplateNotPerPath() {
        given().get("/articles/" + Articles.newId()).then().statusCode(404);
        given().get("/articles/" + Articles.newId()).then().statusCode(404);

        Scrape now = scrape();
        assertThat(now.sum("http_server_requests_seconds_count", "uri", "/articles/{id}", "status", "404"))
                .isGreaterThanOrEqualTo(2);
        assertThat(now.has("http_server_requests_seconds_count", "uri", "/articles/" + Articles.newId())).isFalse();
    }

    @Test
    void everyMetricTheOperationsGuideListsForQueryIsExported() {
        topic.publishInOrder(enriched(Articles.newId(), Instant.now()));
        given().get("/articles/" + Articles.newId()).then().statusCode(404);
        // The Kafka binder picks up the consumer's per-partition metrics within a minute.
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            Scrape now = scrape();
            assertThat(now.missingDocumented(Path.of("../docs/operations.md"), "query-service")).isEmpty();
        });
    }

    private static ArticleEnriched enriched(String id, Instant enrichedAt) {
        return Articles.enriched(id, "Metrics " + id, "Text of " + id, List.of(), "corenlp-4.5.10/1", enrichedAt);
    }

    private static double delta(Scrape before, Scrape after, String outcome) {
        return after.increase(before, EVENTS, "outcome", outcome);
    }

    private static Scrape scrape() {
        return Scrape.of(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
