package io.newslens.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.newslens.contracts.Topics;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The status follows an article past ingest: what nlp-service publishes on articles.enriched and what it
 * dead-letters reach GET /articles/{id}/status, latest outcome first, replays changing nothing.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class PipelineStatusTest {

    @Test
    void anEnrichedArticleIsEnrichedWithTheTimeInItsHistory() throws Exception {
        String id = publishedArticle("Acme Corp opened a plant in Lyon on Monday, the company said.");
        Instant enrichedAt = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        send(Topics.ARTICLES_ENRICHED, id, enrichment(id, enrichedAt), null);

        JsonPath status = awaitStatus(id, "ENRICHED");
        assertThat(status.getList("history.status")).containsExactly("RECEIVED", "PUBLISHED", "ENRICHED");
        assertThat(Instant.parse(status.getString("history[2].at"))).isEqualTo(enrichedAt);

        // A replayed, older enrichment changes nothing.
        send(Topics.ARTICLES_ENRICHED, id, enrichment(id, enrichedAt.minusSeconds(60)), null);
        String later = publishedArticle("Beta Ltd closed a depot in Leeds on Tuesday, a spokesman said.");
        send(Topics.ARTICLES_ENRICHED, later, enrichment(later, Instant.now().plusSeconds(1)), null);
        awaitStatus(later, "ENRICHED");
        assertThat(Instant.parse(given().get("/articles/" + id + "/status").jsonPath().getString("history[2].at")))
                .isEqualTo(enrichedAt);
    }

    @Test
    void aDeadLetteredArticleFailsWithTheReasonUntilALaterEnrichment() throws Exception {
        String id = publishedArticle("Gamma Inc said its annual results would be delayed by a week.");
        send(Topics.ARTICLES_INGESTED_DLQ, id, "{}", "CoreNLP ran out of time on a 2 MB token");

        JsonPath failed = awaitStatus(id, "FAILED");
        assertThat(failed.getString("reason")).isEqualTo("CoreNLP ran out of time on a 2 MB token");
        assertThat(failed.getList("history.status")).containsExactly("RECEIVED", "PUBLISHED", "FAILED");

        // Republished and enriched by a fixed nlp-service: the later outcome wins.
        send(Topics.ARTICLES_ENRICHED, id, enrichment(id, Instant.now().plusSeconds(5)), null);
        JsonPath enriched = awaitStatus(id, "ENRICHED");
        assertThat(enriched.getString("reason")).isNull();
    }

    @Test
    void countsByStatusFollowTheOutcomes() throws Exception {
        JsonPath before = given().get("/admin/counts").then().statusCode(200).extract().jsonPath();
        String id = publishedArticle("Delta plc won a contract to build ferries for the island service.");
        send(Topics.ARTICLES_ENRICHED, id, enrichment(id, Instant.now().plusSeconds(1)), null);
        awaitStatus(id, "ENRICHED");

        JsonPath after = given().get("/admin/counts").then().statusCode(200).extract().jsonPath();
        assertThat(after.getLong("total")).isEqualTo(before.getLong("total") + 1);
        assertThat(after.getLong("byStatus.ENRICHED")).isEqualTo(before.getLong("byStatus.ENRICHED") + 1);
        assertThat(after.getLong("byStatus.RECEIVED") + after.getLong("byStatus.PUBLISHED")
                + after.getLong("byStatus.ENRICHED") + after.getLong("byStatus.FAILED")).isEqualTo(after.getLong("total"));
    }

    static String publishedArticle(String text) {
        String id = given().contentType("application/json").body(Map.of("text", text))
                .post("/articles").then().statusCode(202).extract().path("id");
        awaitStatus(id, "PUBLISHED");
        return id;
    }

    static JsonPath awaitStatus(String id, String expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/articles/" + id + "/status")
                .then().statusCode(200).body("status", equalTo(expected)));
        return given().get("/articles/" + id + "/status").jsonPath();
    }

    static String enrichment(String id, Instant enrichedAt) {
        // Only the fields ingest-service reads; nlp-service's events carry many more, which it ignores.
        return "{\"articleId\":\"" + id + "\",\"enrichedAt\":\"" + enrichedAt + "\",\"entities\":[]}";
    }

    static void send(String topic, String key, String value, String deadLetterReason) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            if (deadLetterReason != null) {
                record.headers().add("dead-letter-reason", deadLetterReason.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        }
    }
}
