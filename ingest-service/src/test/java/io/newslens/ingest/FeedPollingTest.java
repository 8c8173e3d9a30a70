package io.newslens.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newslens.contracts.Topics;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.devstack.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class FeedPollingTest {

    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private static FeedServer site;

    @BeforeAll
    static void startSite() throws Exception {
        site = new FeedServer();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void rssItemsAreIngestedOnceAndRepollsAreConditional() {
        String tag = UUID.randomUUID().toString();
        String feedPath = "/rss/" + tag + ".xml";
        site.put("/pages/" + tag + "/canal.html", page(tag, "Canal locks restored after a dry summer",
                "2024-06-02T08:00:00Z", "The old canal locks near the mill were restored"));
        site.put("/pages/" + tag + "/orchard.html", page(tag, null, null,
                "Volunteers planted forty apple trees in the community orchard"));
        site.put(feedPath, rss(tag, "\"v1\"",
                item(tag, "canal.html", "Feed title for the canal", "Sun, 02 Jun 2024 08:00:00 GMT"),
                item(tag, "orchard.html", "Orchard grows by forty trees", "Mon, 03 Jun 2024 09:30:00 GMT"),
                item(tag, "missing.html", "A page that is gone", "Tue, 04 Jun 2024 10:00:00 GMT")));

        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            String id = register(site.url(feedPath));
            JsonPath feed = awaitPolled(id);
            assertThat(feed.getString("lastStatus")).isEqualTo("OK");
            assertThat(feed.getInt("itemsIngested")).isEqualTo(2);
            assertThat(feed.getString("lastError")).contains("1 item failed", "missing.html", "HTTP 404");
            assertThat(reader.await(r -> r.value().contains(tag), 2, Duration.ofSeconds(30))).hasSize(2);

            String canal = site.url("/pages/" + tag + "/canal.html");
            assertThat(Database.string("SELECT title FROM ingest.article WHERE url = ?", canal))
                    .isEqualTo("Canal locks restored after a dry summer");
            String orchard = site.url("/pages/" + tag + "/orchard.html");
            assertThat(Database.string("SELECT title FROM ingest.article WHERE url = ?", orchard))
                    .isEqualTo("Orchard grows by forty trees");
            assertThat(Database.string("SELECT to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') "
                    + "FROM ingest.article WHERE url = ?", orchard)).isEqualTo("2024-06-03 09:30");

            pollNow(id).body("lastStatus", equalTo("NOT_MODIFIED")).body("itemsIngested", equalTo(2));
            assertThat(last(feedPath).headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
            assertThat(last(feedPath).headers().getFirst("User-Agent")).startsWith("newslens-feed-reader");

            site.put("/pages/" + tag + "/ferry.html", page(tag, "Night ferry returns", "2024-06-05T06:00:00Z",
                    "The night ferry to the islands returns for the summer season"));
            site.put(feedPath, rss(tag, "\"v2\"",
                    item(tag, "canal.html", "Feed title for the canal", "Sun, 02 Jun 2024 08:00:00 GMT"),
                    item(tag, "orchard.html", "Orchard grows by forty trees", "Mon, 03 Jun 2024 09:30:00 GMT"),
                    item(tag, "ferry.html", "Night ferry returns", "Wed, 05 Jun 2024 06:00:00 GMT")));
            pollNow(id).body("lastStatus", equalTo("OK")).body("itemsIngested", equalTo(3))
                    .body("lastError", org.hamcrest.Matchers.nullValue());
            site.honourConditionals(false);
            try {
                pollNow(id).body("lastStatus", equalTo("OK")).body("itemsIngested", equalTo(3));
            } finally {
                site.honourConditionals(true);
            }

            assertThat(site.requests("/pages/" + tag + "/ferry.html")).hasSize(1);
            assertThat(site.requests("/pages/" + tag + "/canal.html")).hasSize(1);
            assertThat(reader.drain(r -> r.value().contains(tag), Duration.ofSeconds(2))).hasSize(3);
            assertThat(Database.count("SELECT count(*) FROM ingest.article WHERE raw_text LIKE ?", "%" + tag + "%"))
                    .isEqualTo(3);
        }
    }

    @Test
    void atomEntriesAreIngestedAndRepollsSendIfModifiedSince() {
        String tag = UUID.randomUUID().toString();
        String feedPath = "/atom/" + tag + ".xml";
        String modified = "Thu, 06 Jun 2024 12:00:00 GMT";
        site.put("/pages/" + tag + "/bees.html", page(tag, "Rooftop bees thrive in the city", "2024-06-06T11:00:00Z",
                "Beehives on the library roof produced a record harvest"));
        site.put("/pages/" + tag + "/tram.html", page(tag, "Tram line extended to the harbour",
                "2024-06-06T10:00:00Z", "The tram line now runs all the way to the harbour"));
        site.put(feedPath, new FeedServer.Doc(200, "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Town notes %1$s</title>
                  <id>urn:uuid:%1$s</id>
                  <updated>2024-06-06T12:00:00Z</updated>
                  <entry><title>Rooftop bees</title><id>urn:%1$s:bees</id><link href="%2$s"/>
                    <updated>2024-06-06T11:00:00Z</updated></entry>
                  <entry><title>Tram line</title><id>urn:%1$s:tram</id><link href="%3$s"/>
                    <updated>2024-06-06T10:00:00Z</updated></entry>
                </feed>
                """.formatted(tag, site.url("/pages/" + tag + "/bees.html"), site.url("/pages/" + tag + "/tram.html")),
                null, modified));

        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            String id = register(site.url(feedPath));
            JsonPath feed = awaitPolled(id);
            assertThat(feed.getString("lastStatus")).isEqualTo("OK");
            assertThat(feed.getInt("itemsIngested")).isEqualTo(2);
            assertThat(reader.await(r -> r.value().contains(tag), 2, Duration.ofSeconds(30))).hasSize(2);

            pollNow(id).body("lastStatus", equalTo("NOT_MODIFIED"));
            assertThat(last(feedPath).headers().getFirst("If-Modified-Since")).isEqualTo(modified);
            assertThat(reader.drain(r -> r.value().contains(tag), Duration.ofSeconds(2))).hasSize(2);
        }
    }

    /** %test caps a poll at 3 new items. */
    @Test
    void aFeedWithMoreNewItemsThanOnePollTakesIsFinishedByTheNextPollDespiteItsEtag() {
        String tag = UUID.randomUUID().toString();
        String feedPath = "/long/" + tag + ".xml";
        String[] topics = {"library", "bridge", "school", "harbour", "market"};
        String[] items = new String[topics.length];
        for (int i = 0; i < topics.length; i++) {
            site.put("/pages/" + tag + "/" + topics[i] + ".html", page(tag, "News about the " + topics[i],
                    "2024-06-1" + i + "T08:00:00Z", "The " + topics[i] + " committee met for the " + (i + 1)
                            + " time this year"));
            items[i] = item(tag, topics[i] + ".html", "News about the " + topics[i], "Mon, 1" + i
                    + " Jun 2024 08:00:00 GMT");
        }
        site.put(feedPath, rss(tag, "\"long-v1\"", items));

        String id = register(site.url(feedPath));
        assertThat(awaitPolled(id).getInt("itemsIngested")).isEqualTo(3);
        pollNow(id).body("lastStatus", equalTo("OK")).body("itemsIngested", equalTo(5));
        assertThat(site.requests(feedPath).get(1).headers().getFirst("If-None-Match")).isNull();
        pollNow(id).body("lastStatus", equalTo("NOT_MODIFIED")).body("itemsIngested", equalTo(5));
    }

    @Test
    void aBrokenFeedIsAnErrorWithItsReasonAndOtherFeedsStillWork() {
        String tag = UUID.randomUUID().toString();
        site.put("/broken/" + tag + ".xml", new FeedServer.Doc(200, RSS,
                "<rss version=\"2.0\"><channel><title>Half a feed</title><item><title>cut off", null, null));
        site.put("/failing/" + tag + ".xml", new FeedServer.Doc(500, RSS, "", null, null));
        site.put("/pages/" + tag + "/market.html", page(tag, "Farmers market moves indoors", "2024-06-07T07:00:00Z",
                "The Saturday farmers market moves into the old station hall"));
        site.put("/good/" + tag + ".xml", rss(tag, null,
                item(tag, "market.html", "Farmers market moves indoors", "Fri, 07 Jun 2024 07:00:00 GMT")));

        String broken = register(site.url("/broken/" + tag + ".xml"));
        String failing = register(site.url("/failing/" + tag + ".xml"));
        String unreachable = register("http://127.0.0.1:9/" + tag + ".xml");
        String good = register(site.url("/good/" + tag + ".xml"));

        JsonPath brokenFeed = awaitPolled(broken);
        assertThat(brokenFeed.getString("lastStatus")).isEqualTo("ERROR");
        assertThat(brokenFeed.getString("lastError")).startsWith("malformed feed");
        JsonPath failingFeed = awaitPolled(failing);
        assertThat(failingFeed.getString("lastStatus")).isEqualTo("ERROR");
        assertThat(failingFeed.getString("lastError")).contains("HTTP 500");
        JsonPath unreachableFeed = awaitPolled(unreachable);
        assertThat(unreachableFeed.getString("lastStatus")).isEqualTo("ERROR");
        assertThat(unreachableFeed.getString("lastError")).startsWith("cannot fetch");
        JsonPath goodFeed = awaitPolled(good);
        assertThat(goodFeed.getString("lastStatus")).isEqualTo("OK");
        assertThat(goodFeed.getInt("itemsIngested")).isEqualTo(1);

        assertThat(given().get("/feeds").then().statusCode(200).extract().jsonPath().getList("id"))
                .contains(broken, failing, unreachable, good);
    }

    @Test
    void badRegistrationsAreProblems() {
        String url = site.url("/once/" + UUID.randomUUID() + ".xml");
        given().contentType("application/json").body(Map.of("url", "ftp://example.org/feed.xml")).post("/feeds")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        given().contentType("application/json").body(Map.of("intervalSeconds", 300)).post("/feeds")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        given().contentType("application/json").body(Map.of("url", url, "intervalSeconds", 10)).post("/feeds")
                .then().statusCode(422).body("errors[0].field", equalTo("intervalSeconds"));
        given().contentType("application/json").body(Map.of("url", url, "intervalSeconds", 86_401)).post("/feeds")
                .then().statusCode(422).body("errors[0].field", equalTo("intervalSeconds"));

        String id = given().contentType("application/json").body(Map.of("url", url)).post("/feeds")
                .then().statusCode(201).body("intervalSeconds", equalTo(300)).extract().path("id");
        given().contentType("application/json").body(Map.of("url", url, "intervalSeconds", 600)).post("/feeds")
                .then().statusCode(409).contentType("application/problem+json");

        given().delete("/feeds/" + id).then().statusCode(204);
        given().get("/feeds/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/feeds/" + id).then().statusCode(404).contentType("application/problem+json");
        given().post("/feeds/" + id + "/poll").then().statusCode(404).contentType("application/problem+json");
        given().get("/feeds/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    private static String register(String url) {
        return given().contentType("application/json").body(Map.of("url", url, "intervalSeconds", 60))
                .post("/feeds").then().statusCode(201).body("url", equalTo(url)).extract().path("id");
    }

    /** The scheduler polls a new feed within a tick of its registration. */
    private static JsonPath awaitPolled(String id) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/feeds/" + id).then().statusCode(200).extract().jsonPath(),
                        feed -> feed.getString("lastPolledAt") != null);
    }

    private static io.restassured.response.ValidatableResponse pollNow(String id) {
        return given().post("/feeds/" + id + "/poll").then().statusCode(200);
    }

    private static FeedServer.Request last(String path) {
        var requests = site.requests(path);
        return requests.get(requests.size() - 1);
    }

    private static FeedServer.Doc rss(String tag, String etag, String... items) {
        return new FeedServer.Doc(200, RSS, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                  <title>Riverside notes %s</title><link>https://notes.example.org/</link>
                  <description>Local news, made up for a test</description>
                  %s
                </channel></rss>
                """.formatted(tag, String.join("\n", items)), etag, null);
    }

    private static String item(String tag, String page, String title, String date) {
        String link = site.url("/pages/" + tag + "/" + page);
        return "<item><title>" + title + "</title><link>" + link + "</link><guid>" + link + "</guid><pubDate>"
                + date + "</pubDate></item>";
    }

    /** An article page; title and date in its markup only when given. */
    private static FeedServer.Doc page(String tag, String title, String publishedAt, String lead) {
        String head = (title == null ? "" : "<title>" + title + "</title><meta property=\"og:title\" content=\""
                + title + "\">") + (publishedAt == null ? ""
                : "<meta property=\"article:published_time\" content=\"" + publishedAt + "\">");
        return new FeedServer.Doc(200, HTML, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">%s</head>
                <body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
                <article>
                  <p>%s, the parish council said on Thursday, after months of work by local groups (%s).</p>
                  <p>Residents who had campaigned for the project gathered to watch, and several of them said the
                  work had taken far longer than anyone expected when it began two years ago.</p>
                  <p>The council will publish a full account of the costs at its next meeting, and it has invited
                  everyone who took part to a small celebration in the square.</p>
                </article>
                <footer>All rights reserved</footer></body></html>
                """.formatted(head, lead, tag), null, null);
    }
}
