package io.newslens.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.Topics;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.devstack.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class BatchIngestTest {

    private static final Logger LOG = Logger.getLogger(BatchIngestTest.class);

    @Inject
    ObjectMapper json;

    @Test
    void oneBadItemNeverSinksTheBatch() throws Exception {
        String tag = UUID.randomUUID().toString();
        String existing = "An article stored before the batch, " + tag + ".";
        String existingId = given().contentType("application/json").body(Map.of("text", existing))
                .post("/articles").then().statusCode(202).extract().path("id");
        String body = """
                [
                  {"text": "First story of the batch, %1$s.", "source": "Example Wire"},
                  {"text": "Has a bad url, %1$s.", "url": "ftp://example.org"},
                  "not an article",
                  {"text": "First story of the batch, %1$s."},
                  {"text": "   "},
                  {"text": "Has a bad date, %1$s.", "publishedAt": "yesterday"},
                  {"text": "%2$s"},
                  {"text": "Share this page\\nblog comments powered by Disqus"},
                  {"text": "Last story of the batch, %1$s."}
                ]""".formatted(tag, existing);

        JsonPath result = given().contentType("application/json").body(body)
                .post("/articles/batch")
                .then().statusCode(200)
                .body("total", equalTo(9)).body("accepted", equalTo(2)).body("duplicates", equalTo(2))
                .body("rejected", equalTo(5))
                .body("items", hasSize(9))
                .extract().jsonPath();

        assertThat(result.getList("items.index", Integer.class)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(result.getList("items.status")).containsExactly("accepted", "rejected", "rejected", "duplicate",
                "rejected", "rejected", "duplicate", "rejected", "accepted");
        assertThat(result.getString("items[3].id")).isEqualTo(result.getString("items[0].id"));
        assertThat(result.getString("items[6].id")).isEqualTo(existingId);
        assertThat(result.getString("items[1].errors[0].field")).isEqualTo("url");
        assertThat(result.getString("items[2].reason")).contains("JSON object");
        assertThat(result.getString("items[4].errors[0].field")).isEqualTo("text");
        assertThat(result.getString("items[5].errors[0].field")).isEqualTo("publishedAt");
        assertThat(result.getString("items[7].errors[0].field")).isEqualTo("text");
        assertThat(result.getString("items[1].id")).isNull();

        given().get("/articles/" + result.getString("items[0].id")).then().statusCode(200)
                .body("source", equalTo("Example Wire"));
        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            assertThat(reader.await(r -> r.value().contains(tag), 3, Duration.ofSeconds(30))).hasSize(3);
            assertThat(reader.drain(r -> r.value().contains(tag), Duration.ofSeconds(2))).hasSize(3);
        }
    }

    @Test
    void ndjsonStreamIsOneArticlePerLine() {
        String tag = UUID.randomUUID().toString();
        String body = "{\"text\": \"NDJSON one, " + tag + ".\"}\n"
                + "\n"
                + "{\"text\": \"NDJSON two, " + tag + ".\"\n"
                + "{\"text\": \"NDJSON three, " + tag + ".\"}\r\n";

        given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/articles/batch")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.status", org.hamcrest.Matchers.contains("accepted", "rejected", "accepted"))
                .body("items[1].reason", org.hamcrest.Matchers.startsWith("malformed JSON"))
                .body("items[1].id", nullValue())
                .body("items[2].id", notNullValue());
    }

    @Test
    void aBodyThatIsNotABatchFailsAsAWhole() {
        given().contentType("application/json").body("{\"text\": \"an object, not an array\"}")
                .post("/articles/batch").then().statusCode(422).contentType("application/problem+json");
        given().contentType("application/json").body("[{\"text\": \"unterminated\"")
                .post("/articles/batch").then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("")
                .post("/articles/batch").then().statusCode(422).contentType("application/problem+json");
        given().contentType("application/x-ndjson").body("this is not json\nnor is this\n".getBytes(StandardCharsets.UTF_8))
                .post("/articles/batch").then().statusCode(400).contentType("application/problem+json");
        given().contentType("text/plain").body("[]".getBytes(StandardCharsets.UTF_8))
                .post("/articles/batch").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void moreItemsThanTheLimitIsTooLarge() {
        String body = IntStream.range(0, 10_001).mapToObj(i -> "{\"text\":\"x" + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));

        given().contentType("application/json").body(body)
                .post("/articles/batch").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aLargeBatchIsStoredAndPublishedOnceEach() throws Exception {
        String tag = UUID.randomUUID().toString();
        int n = 2_000;
        List<Map<String, String>> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            articles.add(Map.of("text", "Story number " + i + " of a large batch " + tag
                    + ". The ministry said on Monday that the plant would open next year, creating jobs in the region."));
        }
        long start = System.nanoTime();
        JsonPath result = given().contentType("application/json").body(json.writeValueAsString(articles))
                .post("/articles/batch").then().statusCode(200).body("accepted", equalTo(n)).extract().jsonPath();
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Batch of %d articles answered in %d ms (%.0f articles/s)", n, millis, n * 1000.0 / millis);

        Set<String> ids = new HashSet<>(result.getList("items.id"));
        assertThat(ids).hasSize(n);
        assertThat(Database.count("SELECT count(*) FROM ingest.article WHERE text LIKE ?", "%" + tag + "%")).isEqualTo(n);
        assertThat(Database.count("SELECT count(*) FROM ingest.article WHERE text LIKE ? AND language = 'en'",
                "%" + tag + "%")).isEqualTo(n);
        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            var records = reader.await(r -> ids.contains(r.key()), n, Duration.ofSeconds(60));
            assertThat(records.stream().map(r -> r.key()).collect(Collectors.toSet())).isEqualTo(ids);
            assertThat(records).hasSize(n);
        }
        // Posting the same batch again is idempotent: every item is a duplicate of its first copy.
        given().contentType("application/json").body(json.writeValueAsString(articles))
                .post("/articles/batch").then().statusCode(200).body("duplicates", equalTo(n));
    }
}
