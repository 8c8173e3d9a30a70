package io.newslens.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.devstack.testing.Scrape;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class IngestMetricsTest {

    private static final String ARTICLES = "newslens_ingest_articles_total";

    @Test
    void everySubmittedArticleIsCountedOnceByOutcome() {
        Scrape before = scrape();
        String first = story();
        post(first, 202);
        post(story(), 202);
        post(story(), 202);
        post(first, 200);
        post("   ", 422);
        post(first + " The minister declined to comment on the figures.", 202);
        String batch = story();
        given().contentType("application/json")
                .body(List.of(Map.of("text", batch), Map.of("text", batch), "not an article"))
                .post("/articles/batch").then().statusCode(200);

        Scrape after = scrape();
        assertThat(delta(before, after, "accepted")).isEqualTo(4);
        assertThat(delta(before, after, "duplicate")).isEqualTo(2);
        assertThat(delta(before, after, "near_duplicate")).isEqualTo(1);
        assertThat(after.increase(before, ARTICLES, "outcome", "rejected", "reason", "invalid")).isEqualTo(2);
    }

    @Test
    void outboxBacklogReturnsToZeroOnceKafkaHasEveryEventAndPublishesAreTimed() {
        double published = scrape().sum("newslens_ingest_publish_seconds_count");
        for (int i = 0; i < 3; i++) {
            post(story(), 202);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Scrape now = scrape();
            assertThat(now.sum("newslens_ingest_publish_seconds_count")).isGreaterThanOrEqualTo(published + 3);
            assertThat(now.has("newslens_ingest_outbox_backlog")).isTrue();
            assertThat(now.sum("newslens_ingest_outbox_backlog")).isZero();
            assertThat(now.sum("newslens_ingest_outbox_oldest_age_seconds")).isZero();
        });
    }

    @Test
    void everyMetricTheOperationsGuideListsForIngestIsExported() {
        post(story(), 202);
        post("   ", 422);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Scrape now = scrape();
            assertThat(now.missingDocumented(Path.of("../docs/operations.md"), "ingest-service")).isEmpty();
        });
    }

    private static double delta(Scrape before, Scrape after, String outcome) {
        return after.increase(before, ARTICLES, "outcome", outcome);
    }

    private static Scrape scrape() {
        return Scrape.of(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    private static void post(String text, int status) {
        given().contentType("application/json").body(Map.of("text", text))
                .post("/articles").then().statusCode(status);
    }

    /** Thirty sentences of random words: unlike any other text, so near-duplicate detection leaves it alone. */
    private static String story() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return IntStream.range(0, 30).mapToObj(i -> IntStream.range(0, 12)
                        .mapToObj(w -> Long.toString(random.nextLong(1L << 40), 36))
                        .collect(Collectors.joining(" ", "", ".")))
                .collect(Collectors.joining(" "));
    }
}
