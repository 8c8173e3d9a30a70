package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /stream: articles stored after the client connected arrive as Server-Sent Events, filtered on request. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class LiveFeedTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static EnrichedTopic topic;

    @TestHTTPResource("/stream")
    URI stream;

    @BeforeAll
    static void openTopic() {
        topic = new EnrichedTopic();
    }

    @AfterAll
    static void closeTopic() {
        topic.close();
    }

    @Test
    void anArticleStoredAfterConnectingArrivesAsAnArticleEventWithItsTopEntities() throws Exception {
        try (SseConnection sse = connect("")) {
            assertThat(sse.status()).isEqualTo(200);
            assertThat(sse.contentType()).startsWith("text/event-stream");
            Cast cast = new Cast();
            ArticleEnriched event = cast.article("Six people " + cast.word, "ann", "bob", "cy", "dee", "eve", "fay");

            topic.publish(event);

            List<Map<String, String>> seen = sse.until(e -> event.articleId().equals(e.get("id")), WAIT);
            Map<String, String> received = seen.get(seen.size() - 1);
            assertThat(received.get("event")).isEqualTo("article");
            JsonPath data = new JsonPath(received.get("data"));
            assertThat(data.getString("id")).isEqualTo(event.articleId());
            assertThat(data.getString("title")).isEqualTo(event.title());
            assertThat(data.getString("source")).isEqualTo("Example Wire");
            assertThat(data.getString("publishedAt")).isEqualTo(Articles.PUBLISHED.toString());
            assertThat(data.getString("language")).isEqualTo("en");
            assertThat(data.getDouble("tone")).isEqualTo(0.0);
            // salience falls with the position in Cast.article: the first five, most salient first
            assertThat(data.getList("entities.id")).containsExactly(cast.id("ann"), cast.id("bob"), cast.id("cy"),
                    cast.id("dee"), cast.id("eve"));
            assertThat(data.getString("entities[0].name")).isEqualTo("Ann " + cast.word);
            assertThat(data.getString("entities[0].type")).isEqualTo("PERSON");
        }
    }

    @Test
    void withAnEntityFilterAnArticleNotMentioningItIsNotDelivered() throws Exception {
        Cast cast = new Cast();
        try (SseConnection sse = connect("?entity=" + encode(cast.id("ann")))) {
            ArticleEnriched unrelated = cast.article("Only Bob", "bob");
            ArticleEnriched related = cast.article("Ann and Bob", "bob", "ann");

            // one partition: the unrelated article is stored, and would be announced, before the related one
            topic.publishInOrder(unrelated);
            topic.publishInOrder(related);

            List<Map<String, String>> seen = sse.until(e -> related.articleId().equals(e.get("id")), WAIT);
            assertThat(seen).extracting(e -> e.get("id")).doesNotContain(unrelated.articleId());
        }
    }

    @Test
    void withATextFilterOnlyArticlesContainingItIgnoringCaseAreDelivered() throws Exception {
        Cast cast = new Cast();
        try (SseConnection sse = connect("?q=" + encode(cast.word.toUpperCase()))) {
            ArticleEnriched without = Articles.plain(Articles.newId(), "Weather", "Rain all day.");
            ArticleEnriched with = cast.article("Talk", "ann");

            topic.publishInOrder(without);
            topic.publishInOrder(with);

            List<Map<String, String>> seen = sse.until(e -> with.articleId().equals(e.get("id")), WAIT);
            assertThat(seen).extracting(e -> e.get("id")).doesNotContain(without.articleId());
        }
    }

    @Test
    void aCommentOpensTheStreamAndHeartbeatsFollowWhileNothingHappens() throws Exception {
        URI quiet = URI.create(stream + "?entity=" + encode(new Cast().id("nobody")));
        try (SseConnection sse = new SseConnection(quiet)) {
            assertThat(sse.next(WAIT)).containsExactly(Map.entry("comment", "connected"));
            // %test heartbeat is 1 s (15 s in production)
            sse.until(e -> "heartbeat".equals(e.get("comment")), Duration.ofSeconds(10));
        }
    }

    @Test
    void aTooLongFilterIsA400Problem() {
        given().queryParam("q", "x".repeat(201)).get("/stream")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** Connected once the opening comment has arrived: from then on no stored article can be missed. */
    private SseConnection connect(String query) throws Exception {
        SseConnection sse = new SseConnection(URI.create(stream + query));
        sse.until(e -> "connected".equals(e.get("comment")), WAIT);
        return sse;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
