package io.newslens.query.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.query.service.ArticleDocument;
import io.newslens.query.service.ArticleQuery;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;

/**
 * StoryFolding counts a folded search's stories from the matches that are no duplicate and the stories of the
 * matching duplicates (listed by a request of their own), on the real index: both ways (listing those stories, and
 * the cardinality it falls back to when they are more than it lists) give the same, exact count.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class StoryCountTest {

    @Inject
    ArticleIndex index;

    @Inject
    OpenSearchClient client;

    private String word;

    /**
     * Stories (first article, then its near-duplicates) and which of their articles mention the word: A all three,
     * B only its copy (its first article does not: counted through the copy), C its first article alone, D none;
     * E's first article and one of its two copies.
     */
    @BeforeEach
    void indexStories() throws Exception {
        word = "w" + UUID.randomUUID().toString().replace("-", "");
        String a = id();
        String b = id();
        String c = id();
        String d = id();
        String e = id();
        index.putAll(List.of(
                doc(a, a, true), doc(id(), a, true), doc(id(), a, true),
                doc(b, b, false), doc(id(), b, true),
                doc(c, c, true),
                doc(d, d, false), doc(id(), d, false),
                doc(e, e, true), doc(id(), e, true), doc(id(), e, false)))
                .await().indefinitely();
        client.indices().refresh(r -> r.index(index.alias()));
    }

    @Test
    void listingTheStoriesOfMatchingDuplicatesCountsEachMatchingStoryOnce() throws Exception {
        assertThat(stories(StoryFolding.COPY_STORIES)).isEqualTo(4);
    }

    @Test
    void moreStoriesOfDuplicatesThanListedAreCountedByTheirCardinality() throws Exception {
        // A, B and E have matching duplicates; listing one of them leaves the others to the cardinality.
        assertThat(stories(1)).isEqualTo(4);
    }

    @Test
    void withoutMatchingDuplicatesTheMatchesAreTheStories() throws Exception {
        String lone = id();
        index.putAll(List.of(doc(lone, lone, true, "solo" + word))).await().indefinitely();
        client.indices().refresh(r -> r.index(index.alias()));

        Query matching = OpenSearchArticleSearch.matching(ArticleQuery.text("solo" + word));
        SearchResponse<ArticleDocument> listing = client.search(StoryFolding.listing(index.alias(), matching),
                ArticleDocument.class);

        assertThat(StoryFolding.countRequest(index.alias(), matching, listing)).isNull();
        assertThat(StoryFolding.count(listing, null).stories(1)).isEqualTo(1);
    }

    private long stories(int copyStories) throws Exception {
        Query matching = OpenSearchArticleSearch.matching(ArticleQuery.text(word));
        SearchResponse<ArticleDocument> listing = client.search(StoryFolding.listing(index.alias(), matching,
                copyStories), ArticleDocument.class);
        assertThat(listing.hits().total().value()).as("matching duplicates").isEqualTo(4);
        SearchRequest count = StoryFolding.countRequest(index.alias(), matching, listing, copyStories);
        assertThat(count).isNotNull();
        long total = client.search(new SearchRequest.Builder().index(index.alias()).query(matching).size(0)
                .trackTotalHits(t -> t.enabled(true)).build(), ArticleDocument.class).hits().total().value();
        assertThat(total).isEqualTo(7);
        return StoryFolding.count(listing, client.search(count, ArticleDocument.class)).stories(total);
    }

    private ArticleDocument doc(String id, String story, boolean mentions) {
        return doc(id, story, mentions, word);
    }

    private static ArticleDocument doc(String id, String story, boolean mentions, String word) {
        String text = mentions ? "The " + word + " story." : "Another story.";
        Instant at = Instant.parse("2026-06-01T08:00:00Z");
        return new ArticleDocument(id, "Story", text, List.of(), "Example Wire", "en", at, at, 0.0, List.of(),
                List.of(), story, "corenlp-4.5.10/1");
    }

    private static String id() {
        return "count-" + UUID.randomUUID();
    }
}
