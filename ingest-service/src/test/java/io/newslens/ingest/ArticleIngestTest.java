package io.newslens.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.Topics;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.devstack.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class ArticleIngestTest {

    @Inject
    ObjectMapper json;

    @Test
    void theRequestIdGoesIntoTheKafkaRecordHeadersOfSinglesAndBatches() throws Exception {
        String single = given().contentType("application/json").header("X-Request-Id", "trace-single-1")
                .body(Map.of("text", "Zeta Corp hired forty engineers in Porto this spring."))
                .post("/articles").then().statusCode(202).header("X-Request-Id", "trace-single-1")
                .extract().path("id");
        String batched = given().contentType("application/json").header("X-Request-Id", "trace-batch-1")
                .body(List.of(Map.of("text", "Eta Ltd sold its ferry line to a rival in Oslo.")))
                .post("/articles/batch").then().statusCode(200).extract().path("items[0].id");

        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(),
                Topics.ARTICLES_INGESTED)) {
            List<ConsumerRecord<String, String>> records = reader.await(
                    r -> single.equals(r.key()) || batched.equals(r.key()), 2, Duration.ofSeconds(30));
            Map<String, String> idByKey = new java.util.HashMap<>();
            for (ConsumerRecord<String, String> r : records) {
                var header = r.headers().lastHeader("X-Request-Id");
                idByKey.put(r.key(), header == null ? null : new String(header.value(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(idByKey).as("single %s, batched %s", single, batched)
                    .containsEntry(single, "trace-single-1").containsEntry(batched, "trace-batch-1");
        }
    }

    @Test
    void acceptedArticleIsPublishedOnceKeyedByItsId() throws Exception {
        String id = given().contentType("application/json")
                .body(Map.of("text", "Acme Corp said on Monday\r\nit would open a plant in Lyon.  ",
                        "title", " Acme to build plant ", "source", "Example Wire",
                        "url", "https://news.example.org/acme", "publishedAt", "2020-08-18T17:40:40Z"))
                .post("/articles")
                .then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/articles/"))
                .body("status", equalTo("RECEIVED"))
                .body("id", notNullValue())
                .extract().path("id");

        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(),
                Topics.ARTICLES_INGESTED)) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> id.equals(r.key()), 1,
                    Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            ArticleIngested event = json.readValue(records.get(0).value(), ArticleIngested.class);
            assertThat(event.articleId()).isEqualTo(id);
            assertThat(event.text()).isEqualTo("Acme Corp said on Monday\nit would open a plant in Lyon.");
            assertThat(event.title()).isEqualTo("Acme to build plant");
            assertThat(event.publishedAt()).isEqualTo(Instant.parse("2020-08-18T17:40:40Z"));
            assertThat(reader.drain(r -> id.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/articles/" + id)
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("source", equalTo("Example Wire")));
    }

    @Test
    void emptyTextIsRejectedNamingTheField() {
        given().contentType("application/json").body(Map.of("text", "   "))
                .post("/articles")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType("application/json").body("{\"text\": \"unterminated")
                .post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsUnsupported() {
        given().contentType("text/plain").body("just text")
                .post("/articles")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void textOverTheLimitIsTooLarge() {
        given().contentType("application/json").body(Map.of("text", "a".repeat(200_001)))
                .post("/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void invalidDateAndUrlAreNamed() {
        given().log().ifValidationFails().contentType("application/json").body(Map.of("text", "ok", "publishedAt", "yesterday"))
                .post("/articles")
                .then().log().ifValidationFails().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedAt"));
        given().contentType("application/json").body(Map.of("text", "ok", "url", "ftp://x"))
                .post("/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void unknownArticleIsNotFound() {
        given().get("/articles/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/articles/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void readinessCoversTheDatabaseButNotKafkaWhichTheOutboxWaitsFor() {
        String body = given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name.flatten()", hasItem(
                        "Reactive PostgreSQL connections health check"))
                .extract().asString();
        assertThat(body).doesNotContain("articles-ingested", "pipeline-enriched",
                "pipeline-failed");
    }
}
