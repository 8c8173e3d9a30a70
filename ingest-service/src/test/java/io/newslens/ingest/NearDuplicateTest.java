package io.newslens.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.Topics;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.devstack.testing.TopicReader;
import io.newslens.ingest.service.NearDuplicateDetector;
import io.newslens.ingest.service.SignatureUpgrade;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class NearDuplicateTest {

    @Inject
    ObjectMapper json;

    @Inject
    SignatureUpgrade upgrade;

    @Test
    void lightlyEditedCopyIsStoredAsDuplicateOfTheOriginalAndItsEventSaysSo() throws Exception {
        String original = story(1, 30);
        String copy = original.replaceFirst("\\. ", ". The minister declined to comment on the figures. ")
                .replace(sentence(1, 7), "");
        String originalId = post(original);
        String copyId = post(copy);

        given().get("/articles/" + copyId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.oneOf("RECEIVED", "PUBLISHED"))
                .body("duplicateOf", equalTo(originalId));
        given().get("/articles/" + copyId + "/status").then().statusCode(200)
                .body("duplicateOf", equalTo(originalId));
        given().get("/articles/" + originalId).then().statusCode(200).body("duplicateOf", nullValue());
        assertThat(event(copyId).duplicateOf()).isEqualTo(originalId);
        assertThat(event(originalId).duplicateOf()).isNull();
    }

    @Test
    void unrelatedArticleIsNotMarked() throws Exception {
        post(story(2, 30));
        String unrelatedId = post(story(3, 30));

        given().get("/articles/" + unrelatedId).then().statusCode(200).body("duplicateOf", nullValue());
        assertThat(event(unrelatedId).duplicateOf()).isNull();
    }

    @Test
    void copyLaterInTheSameBatchPointsAtTheFirst() {
        String original = story(4, 30);
        String copy = original.replace(sentence(4, 12), sentence(5, 12));
        String body = json.createArrayNode().add(json.createObjectNode().put("text", original))
                .add(json.createObjectNode().put("text", copy)).toString();
        JsonPath result = given().contentType("application/json").body(body).post("/articles/batch")
                .then().statusCode(200).extract().jsonPath();
        assertThat(result.getString("items[1].status")).isEqualTo("accepted");

        given().get("/articles/" + result.getString("items[1].id")).then().statusCode(200)
                .body("duplicateOf", equalTo(result.getString("items[0].id")));
    }

    @Test
    void anArticleSignedUnderTheOldSchemeIsReSignedAndThenFound() {
        String original = story(6, 30);
        String copy = original.replace(sentence(6, 20), sentence(7, 20));
        String originalId = post(original);
        UUID id = UUID.fromString(originalId);
        // As stored before V10: a scheme-1 signature (here arbitrary bytes) and 20 bands numbered 0 to 19.
        Database.update("UPDATE ingest.article SET minhash_scheme = 1, minhash = decode(repeat('ab', 1024), 'hex') "
                + "WHERE id = ?", id);
        Database.update("DELETE FROM ingest.article_band WHERE article_id = ?", id);
        Database.update("INSERT INTO ingest.article_band (band, hash, article_id) "
                + "SELECT b, b * 7919, ? FROM generate_series(0, 19) b", id);

        assertThat(upgrade.upgrade().await().atMost(Duration.ofSeconds(30))).isPositive();

        assertThat(Database.count("SELECT minhash_scheme FROM ingest.article WHERE id = ?", id))
                .isEqualTo(NearDuplicateDetector.SCHEME);
        assertThat(Database.count("SELECT count(*) FROM ingest.article_band WHERE article_id = ? AND band >= ?", id,
                NearDuplicateDetector.FIRST_BAND)).isEqualTo(NearDuplicateDetector.BANDS);
        assertThat(Database.count("SELECT count(*) FROM ingest.article_band WHERE band < ?",
                NearDuplicateDetector.FIRST_BAND)).isZero();
        assertThat(Database.count("SELECT count(*) FROM ingest.article WHERE minhash_scheme < ?",
                NearDuplicateDetector.SCHEME)).isZero();
        given().get("/articles/" + post(copy)).then().statusCode(200).body("duplicateOf", equalTo(originalId));
        assertThat(upgrade.upgrade().await().atMost(Duration.ofSeconds(30))).isZero();
    }

    private static String post(String text) {
        return given().contentType("application/json").body(Map.of("text", text)).post("/articles")
                .then().statusCode(202).body("duplicate", equalTo(false)).extract().path("id");
    }

    private ArticleIngested event(String id) throws Exception {
        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
            return json.readValue(records.get(0).value(), ArticleIngested.class);
        }
    }

    /** A story of {@code sentences} sentences of random words, different for every seed and every test run. */
    private static String story(int seed, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append(sentence(seed, i)).append(' ');
        }
        return text.toString().strip();
    }

    private static final long RUN = System.nanoTime();

    private static String sentence(int seed, int index) {
        SplittableRandom random = new SplittableRandom(RUN * 31 + seed * 1_000L + index);
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < 12; w++) {
            s.append(w == 0 ? "" : " ").append(Long.toString(random.nextLong(1L << 40), 36));
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }
}
