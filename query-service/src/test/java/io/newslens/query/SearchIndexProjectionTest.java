package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.query.repository.ArticleIndex;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** articles.enriched into the search index: versions, redeliveries and an OpenSearch outage. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class SearchIndexProjectionTest {

    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    @Test
    void anOlderOrRepeatedEnrichmentNeverReplacesTheIndexedOne() {
        String w = Articles.uniqueWord();
        String id = Articles.newId();
        Instant newer = Articles.ENRICHED.plusSeconds(60);
        topic.publishInOrder(enriched(id, "Newer " + w, newer));
        SearchFiltersTest.awaitTotal(r -> r.queryParam("q", "newer " + w), 1);
        long version = indexedVersion(id);

        topic.publishInOrder(enriched(id, "Older " + w, Articles.ENRICHED));
        topic.publishInOrder(enriched(id, "Newer " + w, newer));
        String marker = Articles.newId();
        topic.publishInOrder(Articles.plain(marker, "Marker " + w, "Published after the two stale events."));
        SearchFiltersTest.awaitTotal(r -> r.queryParam("q", "marker " + w), 1);

        assertThat(SearchFiltersTest.search(r -> r.queryParam("q", w).queryParam("sort", "date")).getList("hits.title"))
                .containsExactlyInAnyOrder("Newer " + w, "Marker " + w);
        assertThat(indexedVersion(id)).isEqualTo(version)
                // No "+newslens-N" revision in these test versions: the microseconds since 2020 alone.
                .isEqualTo(ChronoUnit.MICROS.between(Instant.parse("2020-01-01T00:00:00Z"), newer));
    }

    @Test
    void anEventConsumedWhileOpenSearchIsDownIsIndexedOnceItIsBack() {
        String w = Articles.uniqueWord();
        String id = Articles.newId();
        Cast cast = new Cast(); // stored before the outage: during it, a consumer waits on the index
        topic.publish(cast.article("Before the outage", "ann"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().get("/entities/{id}", cast.id("ann")).statusCode() == 200);
        OpenSearchResource.stopNode();
        try {
            topic.publish(Articles.plain(id, "Outage " + w, "Written while the index was down: " + w + "."));
            // PostgreSQL has it at once; the record waits, unacknowledged, for the index.
            await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/articles/{id}", id).statusCode() == 200);
            given().queryParam("q", w).get("/articles").then().statusCode(503)
                    .contentType("application/problem+json");

            // A profile still comes from PostgreSQL, without what the index counts; the graph is all counted there.
            JsonPath profile = given().get("/entities/{id}", cast.id("ann")).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(profile.getLong("articleCount")).isEqualTo(1);
            assertThat(profile.getList("coMentions")).isNull();
            assertThat(profile.getList("topSources")).isNull();
            given().queryParam("entity", cast.id("ann")).get("/graph").then().statusCode(503)
                    .contentType("application/problem+json");
        } finally {
            OpenSearchResource.restartNode();
        }

        JsonPath found = awaitFound(w);

        assertThat(found.getList("hits.id")).containsExactly(id);
    }

    @Test
    void reindexBuildsANewIndexSwapsTheAliasAndDeletesTheOldOne() {
        Story story = new Story();
        String first = Articles.newId();
        String second = Articles.newId();
        topic.publish(story.first(first, "corenlp-4.5.10/1", Articles.ENRICHED));
        topic.publish(story.second(second));
        SearchFiltersTest.awaitTotal(r -> r.queryParam("entity", story.speakerId), 2);

        JsonPath result = given().post("/admin/reindex").then().statusCode(200).extract().jsonPath();

        String index = result.getString("index");
        assertThat(index).startsWith("articles-v" + ArticleIndex.MAPPING_VERSION + "-");
        assertThat(result.getLong("indexed")).isGreaterThanOrEqualTo(2);
        assertThat(given().baseUri("http://localhost").port(OpenSearchResource.node().port())
                .get("/_alias/articles").then().statusCode(200).extract().jsonPath().getMap("$").keySet())
                .containsExactly(index);
        for (String old : result.<String>getList("deleted")) {
            given().baseUri("http://localhost").port(OpenSearchResource.node().port()).get("/{index}", old)
                    .then().statusCode(404);
        }
        SearchFiltersTest.awaitTotal(r -> r.queryParam("entity", story.speakerId), 2);
        JsonPath hits = SearchFiltersTest.search(r -> r.queryParam("entity", story.speakerId)
                .queryParam("q", "\"" + story.threatQuote() + "\""));
        assertThat(hits.getList("hits.id")).containsExactly(first);
        assertThat(hits.getList("hits[0].entities.name")).contains("Huawei", story.speakerName);
    }

    private static JsonPath awaitFound(String word) {
        SearchFiltersTest.awaitTotal(r -> r.queryParam("q", word), 1);
        return SearchFiltersTest.search(r -> r.queryParam("q", word));
    }

    private static ArticleEnriched enriched(String id, String title, Instant enrichedAt) {
        return Articles.enriched(id, title, "Text of " + title + ".", List.of(), "corenlp-4.5.10/1", enrichedAt);
    }

    /** The document's _version, straight from OpenSearch. */
    private static long indexedVersion(String id) {
        return given().baseUri("http://localhost").port(OpenSearchResource.node().port()).get("/articles/_doc/{id}", id)
                .then().statusCode(200).extract().jsonPath().getLong("_version");
    }
}
