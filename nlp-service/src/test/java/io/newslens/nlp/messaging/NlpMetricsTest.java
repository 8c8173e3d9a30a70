package io.newslens.nlp.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.Topics;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.Scrape;
import io.newslens.nlp.testing.TopicClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
class NlpMetricsTest {

    private static final String ARTICLES = "newslens_nlp_articles_total";
    private static final String LAG = "kafka_consumer_fetch_manager_records_lag";
    private static final String STAGE = "newslens_nlp_stage_seconds";
    /** CoreNLP's annotators as configured (ssplit is part of tokenize since CoreNLP 4.5), then newslens's layers. */
    private static final List<String> STAGES = List.of("tokenize", "pos", "lemma", "ner",
            "entities", "quotes", "dates", "amounts", "keywords", "tone");

    @Inject
    ObjectMapper mapper;

    @Test
    void oneGoodAndOneUnreadableArticleAreCountedTimedAndTheConsumerCatchesUp() throws Exception {
        Scrape before = scrape();
        String good = TopicClient.uniqueKey("metrics-good");
        String bad = TopicClient.uniqueKey("metrics-bad");
        TopicClient.send(Topics.ARTICLES_INGESTED, bad, "{\"articleId\": \"" + bad + "\", \"text\": ");
        TopicClient.send(Topics.ARTICLES_INGESTED, good, mapper.writeValueAsString(
                ArticleEnrichmentTest.article(good, "en", "Jane Doe of Acme Corp arrived in Paris on Monday.")));
        TopicClient.awaitRecord(Topics.ARTICLES_ENRICHED, good);
        TopicClient.awaitRecord(Topics.ARTICLES_INGESTED_DLQ, bad);

        await().atMost(TopicClient.WAIT).untilAsserted(() -> {
            Scrape after = scrape();
            assertThat(after.increase(before, ARTICLES, "outcome", "enriched")).isEqualTo(1);
            assertThat(after.increase(before, ARTICLES, "outcome", "failed")).isEqualTo(1);
            assertThat(after.increase(before, "newslens_nlp_processing_seconds_count")).isEqualTo(2);
            // "Jane Doe of Acme Corp arrived in Paris on Monday." is 11 tokens, the full stop included.
            assertThat(after.increase(before, "newslens_nlp_tokens_total")).isEqualTo(11);
            assertThat(after.has("worker_pool_active", "pool_name", "nlp-pool")).isTrue();
            assertThat(after.sum("worker_pool_active", "pool_name", "nlp-pool")).isZero();
        });
        // Micrometer's Kafka binder picks up the per-partition metrics Kafka creates on the first fetch within a
        // minute; then the lag of every partition of articles.ingested is 0 again.
        await().atMost(TopicClient.WAIT).untilAsserted(() -> {
            Scrape now = scrape();
            // Kafka writes the topic's dots as underscores in this label.
            assertThat(now.has(LAG, "topic", "articles_ingested")).isTrue();
            assertThat(now.sum(LAG, "topic", "articles_ingested")).isZero();
        });
    }

    @Test
    void everyStageTimesEachEnrichedArticleOnce() throws Exception {
        Scrape before = scrape();
        List<String> keys = IntStream.range(0, 3).mapToObj(i -> TopicClient.uniqueKey("metrics-stage-" + i)).toList();
        for (String key : keys) {
            TopicClient.send(Topics.ARTICLES_INGESTED, key, mapper.writeValueAsString(ArticleEnrichmentTest.article(key,
                    "en", "\"We will appeal,\" said Jane Doe, chief executive of Acme Corp, on Monday in Paris.")));
        }
        for (String key : keys) {
            TopicClient.awaitRecord(Topics.ARTICLES_ENRICHED, key);
        }

        await().atMost(TopicClient.WAIT).untilAsserted(() -> {
            Scrape after = scrape();
            for (String stage : STAGES) {
                assertThat(after.increase(before, STAGE + "_count", "stage", stage)).as(stage).isEqualTo(keys.size());
                assertThat(after.increase(before, STAGE + "_bucket", "stage", stage, "le", "+Inf")).as(stage)
                        .isEqualTo(keys.size());
                assertThat(after.increase(before, STAGE + "_sum", "stage", stage)).as(stage).isPositive();
            }
        });
    }

    @Test
    void everyMetricTheOperationsGuideListsForNlpIsExported() throws Exception {
        String key = TopicClient.uniqueKey("metrics-listed");
        TopicClient.send(Topics.ARTICLES_INGESTED, key, mapper.writeValueAsString(
                ArticleEnrichmentTest.article(key, "en", "Acme Corp opened an office in Lisbon.")));
        TopicClient.awaitRecord(Topics.ARTICLES_ENRICHED, key);
        given().contentType("application/json").body(Map.of("text", "Jane Doe spoke in Paris."))
                .post("/analyze").then().statusCode(200);
        // Waits for the Kafka binder's first look at the consumer's per-partition metrics (within a minute).
        await().atMost(TopicClient.WAIT).untilAsserted(() -> {
            Scrape now = scrape();
            assertThat(now.missingDocumented(Path.of("../docs/operations.md"), "nlp-service")).isEmpty();
        });
    }

    private static Scrape scrape() {
        return Scrape.of(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
