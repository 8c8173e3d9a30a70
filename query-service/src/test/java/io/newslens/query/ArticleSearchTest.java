package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Search through GET /articles, over articles fed through articles.enriched. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class ArticleSearchTest {

    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    @Test
    void searchingAWordOfTheTextFindsTheArticleWithItHighlighted() {
        String word = Articles.uniqueWord();
        String id = Articles.newId();
        topic.publish(Articles.plain(id, "Harbour news", "The " + word + " harbour reopened on Monday after repairs."));

        JsonPath result = awaitHits(word, 1);

        assertThat(result.getString("query")).isEqualTo(word);
        assertThat(result.getLong("total")).isEqualTo(1);
        assertThat(result.getString("hits[0].id")).isEqualTo(id);
        assertThat(result.getString("hits[0].title")).isEqualTo("Harbour news");
        assertThat(result.getString("hits[0].source")).isEqualTo("Example Wire");
        assertThat(result.getString("hits[0].publishedAt")).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(result.getString("hits[0].snippet")).contains("<b>" + word + "</b> harbour reopened on Monday");
        assertThat(result.getDouble("hits[0].score")).isGreaterThan(0.0);
    }

    @Test
    void anotherFormOfTheSameWordMatchesThroughStemming() {
        String word = Articles.uniqueWord();
        String id = Articles.newId();
        topic.publish(Articles.plain(id, "Acme", "Acme Corp expands into " + word + " this year."));
        awaitHits(word, 1);

        JsonPath result = search("expanding " + word, null);

        assertThat(result.getList("hits.id")).containsExactly(id);
        assertThat(result.getString("hits[0].snippet")).contains("<b>expands</b>");
    }

    @Test
    void aTitleMatchRanksAboveATextMatch() {
        String word = Articles.uniqueWord();
        String inText = Articles.newId();
        String inTitle = Articles.newId();
        // Same publication date and random ids: only the rank can put the title match on top.
        topic.publish(Articles.plain(inText, "Markets", "Traders mentioned " + word + " once today."));
        topic.publish(Articles.plain(inTitle, word + " rallies", "Shares rose sharply in early trading."));

        JsonPath result = awaitHits(word, 2);

        assertThat(result.getList("hits.id")).containsExactly(inTitle, inText);
        assertThat(result.getDouble("hits[0].score")).isGreaterThan(result.getDouble("hits[1].score"));
    }

    @Test
    void limitCapsTheHitsWhileTotalCountsEveryMatch() {
        String word = Articles.uniqueWord();
        for (int i = 0; i < 3; i++) {
            topic.publish(Articles.plain(Articles.newId(), "Item " + i, "Report number " + i + " about " + word + "."));
        }
        awaitHits(word, 3);

        JsonPath result = search(word, 2);

        assertThat(result.getLong("total")).isEqualTo(3);
        assertThat(result.getList("hits")).hasSize(2);
    }

    @Test
    void snippetEscapesMarkupFromTheTextAndKeepsOnlyTheHighlight() {
        String word = Articles.uniqueWord();
        topic.publish(Articles.plain(Articles.newId(), "Markup",
                "A page said <script>alert(1)</script> & then " + word + " appeared."));

        String snippet = awaitHits(word, 1).getString("hits[0].snippet");

        assertThat(snippet).contains("&lt;script&gt;").contains("&amp;").contains("<b>" + word + "</b>");
        assertThat(snippet).doesNotContain("<script>");
    }

    @Test
    void queryMatchingNothingAnswersAnEmptyPage() {
        JsonPath result = search(Articles.uniqueWord(), null);

        assertThat(result.getLong("total")).isZero();
        assertThat(result.getList("hits")).isEmpty();
    }

    private static JsonPath awaitHits(String query, int expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> search(query, null).getLong("total") == expected);
        return search(query, null);
    }

    private static JsonPath search(String query, Integer limit) {
        var request = given().queryParam("q", query);
        if (limit != null) {
            request = request.queryParam("limit", limit);
        }
        return request.get("/articles").then().statusCode(200).contentType("application/json").extract().jsonPath();
    }
}
