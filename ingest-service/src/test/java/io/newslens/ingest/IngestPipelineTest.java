package io.newslens.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.Topics;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.devstack.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class IngestPipelineTest {

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/articles")
    URL articlesUrl;

    @Test
    void seedIsStoredCleanWithItsRawTextMetadataAndLanguage() throws Exception {
        String raw = Seeds.read("002_076bccee9a179dba.txt");
        String id = given().contentType("application/json").body(Map.of("text", raw))
                .post("/articles").then().statusCode(202).body("duplicate", equalTo(false)).extract().path("id");

        given().get("/articles/" + id).then().statusCode(200)
                .body("title", equalTo("Chinese foreign ministry vows ‘necessary measures’ in response to US’ crackdown on Huawei"))
                .body("source", equalTo("Global Times"))
                .body("publishedAt", equalTo("2020-08-18T17:40:40Z"))
                .body("language", equalTo("en"))
                .body("text", containsString("Zhao Lijian said Tuesday."))
                .body("text", not(containsString("Disqus")))
                .body("text", not(containsString("Source: Global Times")));
        assertThat(Database.string("SELECT raw_text FROM ingest.article WHERE id = ?", UUID.fromString(id)))
                .isEqualTo(raw);

        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
            ArticleIngested event = json.readValue(records.get(0).value(), ArticleIngested.class);
            assertThat(event.language()).isEqualTo("en");
            assertThat(event.source()).isEqualTo("Global Times");
            assertThat(event.text()).doesNotContain("Posted in: COMPANIES").contains("including its allies.\"");
        }
    }

    @Test
    void explicitFieldsWinOverTheTextHeader() {
        String text = "Source: Global Times Published: 2020/8/18 17:40:40\n\nSomething happened in " + UUID.randomUUID() + ".";
        String id = given().contentType("application/json")
                .body(Map.of("text", text, "source", "Example Wire", "publishedAt", "2021-01-02T03:04:05Z"))
                .post("/articles").then().statusCode(202).extract().path("id");

        given().get("/articles/" + id).then().statusCode(200)
                .body("source", equalTo("Example Wire"))
                .body("publishedAt", equalTo("2021-01-02T03:04:05Z"))
                .body("text", equalTo(text.substring(text.indexOf("Something"))));
    }

    @Test
    void characterReferencesLeftInPlainTextAreDecodedButTheRawTextIsKept() throws Exception {
        String raw = "Tevez left S&#227;o Paulo &amp; signed, \"&#8220;happy&#8221;\" he said; see ?a=1&copy=2 (&nosuch;). "
                + UUID.randomUUID();
        String id = given().contentType("application/json").body(Map.of("text", raw, "title", "Caf&eacute; &amp; co"))
                .post("/articles").then().statusCode(202).extract().path("id");

        String decoded = "Tevez left São Paulo & signed, \"“happy”\" he said; see ?a=1&copy=2 (&nosuch;). "
                + raw.substring(raw.lastIndexOf(' ') + 1);
        given().get("/articles/" + id).then().statusCode(200)
                .body("text", equalTo(decoded)).body("title", equalTo("Café & co"));
        assertThat(Database.string("SELECT raw_text FROM ingest.article WHERE id = ?", UUID.fromString(id)))
                .isEqualTo(raw);
        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            ArticleIngested event = json.readValue(
                    reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0).value(), ArticleIngested.class);
            assertThat(event.text()).isEqualTo(decoded);
        }
    }

    @Test
    void duplicateTextReturnsExistingIdAndPublishesNothingNew() {
        String text = "Acme Corp said on Monday it would open a plant in Lyon, story " + UUID.randomUUID() + ".";
        String id = given().contentType("application/json").body(Map.of("text", text))
                .post("/articles").then().statusCode(202).extract().path("id");
        // Same story with different chrome and spacing: the same clean text.
        given().contentType("application/json")
                .body(Map.of("text", "  " + text.replace(" ", "\u00A0 ") + "\n\nShare this page\n"))
                .post("/articles").then().statusCode(200)
                .header("Location", containsString("/articles/" + id))
                .body("id", equalTo(id)).body("duplicate", equalTo(true));

        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(reader.drain(r -> r.value().contains(text.substring(text.length() - 20)), Duration.ofSeconds(2)))
                    .hasSize(1);
        }
    }

    @Test
    void theOutboxKeepsNoCopyOfTheTextAndSendsTheEventOfTheStoredArticle() throws Exception {
        String text = "Outbox story " + UUID.randomUUID() + ". It is told once.";
        String id = given().contentType("application/json")
                .body(Map.of("text", text, "title", "Outbox", "publishedAt", "2021-03-04T05:06:07.123456789Z"))
                .post("/articles").then().statusCode(202).extract().path("id");

        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            ArticleIngested event = json.readValue(
                    reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).get(0).value(), ArticleIngested.class);
            assertThat(event.articleId()).isEqualTo(id);
            assertThat(event.text()).isEqualTo(text);
            assertThat(event.title()).isEqualTo("Outbox");
            // PostgreSQL keeps microseconds: the event says what is stored.
            assertThat(event.publishedAt()).isEqualTo(Instant.parse("2021-03-04T05:06:07.123456Z"));
            assertThat(event.ingestedAt()).isNotNull();
        }
        // Sent rows go; the article says when it was sent.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                Database.count("SELECT count(*) FROM ingest.outbox WHERE article_id = ?::uuid", id)).isZero());
        assertThat(Database.string("SELECT status FROM ingest.article WHERE id = ?::uuid AND sent_at IS NOT NULL", id))
                .isIn("PUBLISHED", "ENRICHED");
    }

    @Test
    void anOutboxRowWrittenWithItsPayloadIsSentAsWritten() {
        String id = given().contentType("application/json").body(Map.of("text", "Older row " + UUID.randomUUID() + "."))
                .post("/articles").then().statusCode(202).extract().path("id");
        // As rows written before V8 are: the payload in the row.
        String payload = "{\"written\":\"before V8 " + UUID.randomUUID() + "\"}";
        Database.string("INSERT INTO ingest.outbox (article_id, topic, record_key, payload) "
                + "VALUES (?::uuid, ?, ?, ?) RETURNING id", id, Topics.ARTICLES_INGESTED, id, payload);

        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            reader.await(r -> payload.equals(r.value()) && id.equals(r.key()), 1, Duration.ofSeconds(30));
        }
    }

    @Test
    void identicalPostsAtOnceStoreOneArticle() throws Exception {
        String body = json.writeValueAsString(Map.of("text", "Race condition story " + UUID.randomUUID() + "."));
        List<HttpResponse<String>> responses = postAtOnce(Collections.nCopies(8, body));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 202)
                .filteredOn(s -> s == 202).hasSize(1);
        assertThat(responses).extracting(r -> JsonPath.from(r.body()).getString("id")).containsOnly(
                JsonPath.from(responses.get(0).body()).getString("id"));
    }

    @Test
    void manyDifferentPostsAtOnceAreEachStoredWithTheirEvent() throws Exception {
        String run = UUID.randomUUID().toString();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            bodies.add(json.writeValueAsString(Map.of("text",
                    "Crowd story number " + i + " of run " + run + ": the council met on day " + i + ".")));
        }
        List<HttpResponse<String>> responses = postAtOnce(bodies);

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(202);
        List<String> ids = responses.stream().map(r -> JsonPath.from(r.body()).getString("id")).toList();
        assertThat(ids).doesNotHaveDuplicates();
        for (int i = 0; i < ids.size(); i++) {
            assertThat(Database.string("SELECT text FROM ingest.article WHERE id = ?::uuid", ids.get(i)))
                    .contains("Crowd story number " + i + " of run");
        }
        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            List<ConsumerRecord<String, String>> events = reader.await(r -> ids.contains(r.key()), ids.size(),
                    Duration.ofSeconds(30));
            assertThat(events).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    /** Sends every body to POST /articles from its own thread, all released at the same instant. */
    private List<HttpResponse<String>> postAtOnce(List<String> bodies) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (String body : bodies) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return http.send(HttpRequest.newBuilder(articlesUrl.toURI())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            start.countDown();
            return answers.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void statusGoesFromReceivedToPublishedWithTimestamps() {
        Instant before = Instant.now();
        String id = given().contentType("application/json")
                .body(Map.of("text", "Status story " + UUID.randomUUID() + "."))
                .post("/articles").then().statusCode(202).extract().path("id");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/articles/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")));
        JsonPath status = given().get("/articles/" + id + "/status").then().extract().jsonPath();
        assertThat(status.getString("id")).isEqualTo(id);
        assertThat(status.getList("history.status")).containsExactly("RECEIVED", "PUBLISHED");
        Instant received = Instant.parse(status.getString("history[0].at"));
        Instant published = Instant.parse(status.getString("history[1].at"));
        assertThat(received).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(published).isAfterOrEqualTo(received);

        given().get("/articles/00000000-0000-4000-8000-000000000000/status")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void textOfOnlyBoilerplateIsRejectedNamingTheField() {
        given().contentType("application/json").body(Map.of("text", "Share this page\nblog comments powered by Disqus"))
                .post("/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }
}
