package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Tone;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Near-duplicates (ArticleEnriched.duplicateOf) form a story; search shows one hit per story unless fold=false. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class StoryClusterTest {

    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    /** A story of three articles (the original and two near-duplicates) and an unrelated article. */
    private record Corpus(String word, String original, String firstCopy, String secondCopy, String other) {
    }

    @Test
    void searchFoldsAStorysNearDuplicatesIntoItsBestPlacedMatch() {
        Corpus c = publishCorpus();

        JsonPath folded = SearchFiltersTest.search(r -> r.queryParam("q", c.word()).queryParam("sort", "date"));

        assertThat(folded.getLong("total")).isEqualTo(4);
        assertThat(folded.getLong("stories")).isEqualTo(2);
        // Newest first: the second copy stands for its story, the other two matches are folded into it.
        assertThat(folded.getList("hits.id")).containsExactly(c.secondCopy(), c.other());
        assertThat(folded.getString("hits[0].storyId")).isEqualTo(c.original());
        assertThat(folded.getLong("hits[0].folded")).isEqualTo(2);
        assertThat(folded.getList("hits[0].foldedIds")).containsExactly(c.firstCopy(), c.original());
        assertThat(folded.getString("hits[1].storyId")).isEqualTo(c.other());
        assertThat(folded.getLong("hits[1].folded")).isZero();
        assertThat(folded.getList("hits[1].foldedIds")).isEmpty();
    }

    @Test
    void foldingCountsOnlyTheStorysArticlesThatMatch() {
        Corpus c = publishCorpus();

        // Only the original and the first copy mention the harbour.
        JsonPath folded = SearchFiltersTest.search(r -> r.queryParam("q", c.word() + " harbour"));

        assertThat(folded.getLong("total")).isEqualTo(2);
        assertThat(folded.getLong("stories")).isEqualTo(1);
        assertThat(folded.getList("hits.id")).hasSize(1).containsAnyOf(c.original(), c.firstCopy());
        assertThat(folded.getLong("hits[0].folded")).isEqualTo(1);
        assertThat(folded.getList("hits[0].foldedIds")).hasSize(1).doesNotContain(folded.getString("hits[0].id"))
                .containsAnyOf(c.original(), c.firstCopy());
    }

    @Test
    void aStoryWhoseFirstArticleDoesNotMatchCountsThroughItsMatchingCopies() {
        Corpus c = publishCorpus();

        // Only the two copies say when the strike was.
        JsonPath folded = SearchFiltersTest.search(r -> r.queryParam("q", c.word() + " monday"));

        assertThat(folded.getLong("total")).isEqualTo(2);
        assertThat(folded.getLong("stories")).isEqualTo(1);
        assertThat(folded.getList("hits.id")).hasSize(1).containsAnyOf(c.firstCopy(), c.secondCopy());
        assertThat(folded.getLong("hits[0].folded")).isEqualTo(1);
    }

    @Test
    void foldFalseListsEveryArticleWithItsStory() {
        Corpus c = publishCorpus();

        JsonPath all = SearchFiltersTest.search(r -> r.queryParam("q", c.word()).queryParam("sort", "date")
                .queryParam("fold", "false"));

        assertThat(all.getString("stories")).isNull();
        assertThat(all.getList("hits.id")).containsExactly(c.secondCopy(), c.firstCopy(), c.original(), c.other());
        assertThat(all.getList("hits.storyId")).containsExactly(c.original(), c.original(), c.original(), c.other());
        assertThat(all.getList("hits.folded")).containsOnly(0);
    }

    @Test
    void foldedPagesWalkEveryStoryOnce() {
        Corpus c = publishCorpus();

        List<Object> byDate = SearchFiltersTest.walk(c.word(), "date", true);
        List<Object> byRelevance = SearchFiltersTest.walk(c.word(), "relevance", true);

        assertThat(byDate).containsExactly(c.secondCopy(), c.other());
        assertThat(byRelevance).hasSize(2).contains(c.other());
    }

    @Test
    void aCursorOfUnfoldedSearchIsRefusedByFoldedSearch() {
        Corpus c = publishCorpus();
        String unfoldedCursor = SearchFiltersTest.search(r -> r.queryParam("q", c.word()).queryParam("fold", "false")
                .queryParam("limit", 1)).getString("nextCursor");

        given().queryParam("q", c.word()).queryParam("cursor", unfoldedCursor).get("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("cursor"));
    }

    @Test
    void theReadModelKeepsEachArticlesStory() {
        Corpus c = publishCorpus();

        assertThat(given().get("/articles/{id}", c.firstCopy()).then().statusCode(200).extract().jsonPath()
                .getString("duplicateOf")).isEqualTo(c.original());
        assertThat(given().get("/articles/{id}", c.original()).then().statusCode(200).extract().jsonPath()
                .getString("duplicateOf")).isNull();
    }

    @Test
    void aReindexKeepsTheStoriesFolded() {
        Corpus c = publishCorpus();

        given().post("/admin/reindex").then().statusCode(200);
        // the new index shows its documents after its next refresh (within a second)
        SearchFiltersTest.awaitTotal(r -> r.queryParam("q", c.word()), 4);

        JsonPath folded = SearchFiltersTest.search(r -> r.queryParam("q", c.word()).queryParam("sort", "date"));
        assertThat(folded.getList("hits.id")).containsExactly(c.secondCopy(), c.other());
        assertThat(folded.getLong("hits[0].folded")).isEqualTo(2);
    }

    private static Corpus publishCorpus() {
        String w = Articles.uniqueWord();
        String original = Articles.newId();
        String firstCopy = Articles.newId();
        String secondCopy = Articles.newId();
        String other = Articles.newId();
        publish(original, null, "Strike at the " + w + " harbour: dockers walk out over pay.", "2026-06-01T08:00:00Z");
        publish(firstCopy, original, "Strike at the " + w + " harbour: dockers walked out over pay on Monday.",
                "2026-06-01T09:00:00Z");
        publish(secondCopy, original, "Strike at " + w + ": dockers walked out over pay on Monday morning.",
                "2026-06-01T10:00:00Z");
        publish(other, null, "The " + w + " council approved a budget.", "2026-05-20T08:00:00Z");
        SearchFiltersTest.awaitTotal(r -> r.queryParam("q", w).queryParam("fold", "false"), 4);
        return new Corpus(w, original, firstCopy, secondCopy, other);
    }

    private static void publish(String id, String duplicateOf, String text, String published) {
        topic.publish(new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id, "Dock strike", "Example Wire",
                "https://news.example.org/" + id, Instant.parse(published), "en", text, Articles.INGESTED,
                "corenlp-4.5.10/1", Articles.ENRICHED, List.of(), List.of(), List.of(), List.of(), List.of(),
                Tone.NEUTRAL, duplicateOf));
    }
}
