package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /stream: articles stored after the client connected arrive as Server-Sent Events, filtered on request. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class LiveFeedTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    @TestHTTPResource("/stream")
    URI stream;

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
        assertFilterSkipsTheFirstAndDeliversTheSecond("?entity=" + encode(cast.id("ann")),
                cast.article("Only Bob", "bob"), cast.article("Ann and Bob", "bob", "ann"));
    }

    @Test
    void withATextFilterOnlyArticlesContainingItIgnoringCaseAreDelivered() throws Exception {
        Cast cast = new Cast();
        assertFilterSkipsTheFirstAndDeliversTheSecond("?q=" + encode(cast.word.toUpperCase()),
                Articles.plain(Articles.newId(), "Weather", "Rain all day."), cast.article("Talk", "ann"));
    }

    /** Both on one partition: the skipped article is stored, and would be announced, before the delivered one. */
    private void assertFilterSkipsTheFirstAndDeliversTheSecond(String filter, ArticleEnriched skipped,
            ArticleEnriched delivered) throws Exception {
        try (SseConnection sse = connect(filter)) {
            topic.publishInOrder(skipped);
            topic.publishInOrder(delivered);

            List<Map<String, String>> seen = sse.until(e -> delivered.articleId().equals(e.get("id")), WAIT);
            assertThat(seen).extracting(e -> e.get("id")).doesNotContain(skipped.articleId());
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
    void aClientThatStopsReadingStallsNeitherTheProjectionNorOtherClientsAndMissesArticles() throws Exception {
        Cast bulk = new Cast();
        Cast marker = new Cast();
        String bulky = (bulk.word + " ").repeat(6000); // about 78 KB per event on the wire
        int count = 150;
        try (Socket stalled = new Socket(); SseConnection reading = connect("?q=" + marker.word)) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress(stream.getHost(), stream.getPort()));
            stalled.setSoTimeout(30_000);
            stalled.getOutputStream().write(("GET /stream?q=" + bulk.word + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader stalledLines = new BufferedReader(
                    new InputStreamReader(stalled.getInputStream(), StandardCharsets.UTF_8));
            for (String line = stalledLines.readLine(); line != null && !line.endsWith("connected"); line = stalledLines.readLine()) {
                // headers, then the opening comment: subscribed; from here on it reads nothing
            }

            for (int i = 0; i < count; i++) {
                topic.publishInOrder(bulk.article(bulky + i, "ann"));
            }
            ArticleEnriched last = marker.article("After the bulk", "bob");
            topic.publishInOrder(last);

            // same partition: the marker is stored, and announced, only after all the bulky articles
            reading.until(e -> last.articleId().equals(e.get("id")), Duration.ofSeconds(180));
            // it reads again: what was queued for it arrives, then only heartbeats (one a second in %test)
            long delivered = 0;
            long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            for (String line = stalledLines.readLine(); line != null && System.nanoTime() < until;
                    line = stalledLines.readLine()) {
                delivered += line.startsWith("event: article") || line.startsWith("event:article") ? 1 : 0;
            }
            assertThat(delivered).isPositive().isLessThan(count);
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
