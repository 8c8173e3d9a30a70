package io.newslens.query.repository;

import io.newslens.contracts.api.ArticleHit;
import io.newslens.query.service.ArticleDocument;
import io.newslens.query.service.SearchCursor;
import io.newslens.query.service.SearchPage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.aggregations.TermsAggregationExecutionHint;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * One hit per story: OpenSearch {@code collapse} on {@code storyId} keeps each story's best-placed match (by the
 * page's own order), and a cardinality aggregation counts the stories. Facets and totals still count articles.
 *
 * <p>The other matches of each story on the page come from one more request ({@link #members}): the same query
 * restricted to the page's stories, a terms aggregation on {@code storyId} with each story's newest matches. Not
 * {@code collapse}'s {@code inner_hits}, which runs one extra search per returned hit: measured at 100,000 articles
 * (docs/benchmarks.md) that made a one-word search about 40 ms slower at p95, while this request filters to a few
 * dozen documents and costs a few milliseconds.
 */
final class StoryFolding {

    static final String FIELD = "storyId";
    private static final String MEMBERS = "story";
    private static final String NEWEST = "newest";
    private static final String STORIES = "stories";
    /** OpenSearch's largest precision threshold: story counts are exact below it. */
    private static final int EXACT_STORIES = 40_000;

    /** Other matching articles of a hit's story. */
    record Folded(long count, List<String> ids) {
        static final Folded NONE = new Folded(0, List.of());
    }

    private StoryFolding() {
    }

    /** Collapses {@code request} by story and positions it after the stories the cursor has shown. */
    static void fold(SearchRequest.Builder request, SearchPage page) {
        int from = page.after() == null ? 0 : page.after().from();
        request.collapse(c -> c.field(FIELD))
                .from(from)
                .size(Math.max(0, Math.min(page.limit(), SearchPage.MAX_FOLDED_POSITION - from)))
                .aggregations(STORIES, a -> a.cardinality(c -> c.field(FIELD).precisionThreshold(EXACT_STORIES)));
    }

    /** The cursor after a full folded page, or null once the next one would start beyond the position limit. */
    static String nextCursor(SearchPage page) {
        int next = (page.after() == null ? 0 : page.after().from()) + page.limit();
        return next >= SearchPage.MAX_FOLDED_POSITION ? null : SearchCursor.folded(page.sort(), next).encode();
    }

    /**
     * The request for the matches of {@code storyIds} (the page's stories): per story, how many match and the
     * newest of them (one more than listed: the hit itself is among its story's matches).
     */
    static SearchRequest members(String index, Query matching, List<String> storyIds) {
        // Both as filters: the members are counted and dated, not scored.
        Query ofStories = Query.of(q -> q.bool(b -> b.filter(matching).filter(f -> f.terms(t -> t.field(FIELD)
                .terms(v -> v.value(storyIds.stream().map(FieldValue::of).toList()))))));
        return new SearchRequest.Builder()
                .index(index)
                .query(ofStories)
                .size(0)
                // "map": count the few matching documents' values directly, instead of per-ordinal counters over
                // every story in the index (global ordinals), which cost more than the rest of this request.
                .aggregations(MEMBERS, a -> a.terms(t -> t.field(FIELD).size(storyIds.size())
                                .executionHint(TermsAggregationExecutionHint.Map))
                        .aggregations(NEWEST, n -> n.topHits(h -> h.size(ArticleHit.MAX_FOLDED_IDS + 1)
                                .source(src -> src.fetch(false))
                                .sort(OpenSearchArticleSearch.order(SearchPage.Sort.DATE)))))
                .build();
    }

    /** Story id to its other matches, from the answer to {@link #members}. */
    static Map<String, Folded> read(Map<String, Aggregate> aggregations, Map<String, String> hitOfStory) {
        Map<String, Folded> byStory = new HashMap<>();
        for (StringTermsBucket bucket : aggregations.get(MEMBERS).sterms().buckets().array()) {
            String hit = hitOfStory.get(bucket.key());
            List<String> ids = bucket.aggregations().get(NEWEST).topHits().hits().hits().stream()
                    .map(Hit::id).filter(id -> !id.equals(hit)).limit(ArticleHit.MAX_FOLDED_IDS).toList();
            byStory.put(bucket.key(), new Folded(Math.max(0, bucket.docCount() - 1), ids));
        }
        return byStory;
    }

    static Long stories(Map<String, Aggregate> aggregations) {
        Aggregate stories = aggregations.get(STORIES);
        return stories == null ? null : stories.cardinality().value();
    }
}
