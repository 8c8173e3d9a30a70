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
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregationSource;
import org.opensearch.client.opensearch._types.aggregations.CompositeBucket;
import org.opensearch.client.opensearch._types.aggregations.FilterAggregate;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.aggregations.TermsAggregationExecutionHint;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * One hit per story: OpenSearch {@code collapse} on {@code storyId} keeps each story's best-placed match (by the
 * page's own order). Facets and totals still count articles.
 *
 * <p>The stories are counted without counting distinct story ids over all matches: a cardinality aggregation
 * made a search for "said" at 100,000 articles 12-16 ms slower, and is an estimate beyond 40,000 stories
 * (docs/benchmarks.md). Each story has one article that is not a {@code duplicate}, its first, so the matching
 * stories are the matches that are no duplicate, plus the stories of matching duplicates whose first article does
 * not match. The hits' request lists the stories of its matching duplicates (few: only near-duplicates); when there
 * are some, one more request counts which of those stories' first articles match. The count is exact. Only with
 * {@value #COPY_STORIES} or more such stories is that request a cardinality aggregation instead, exact up to
 * {@value #EXACT_STORIES} stories.
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
    private static final String DUPLICATES = "duplicates";
    /** The stories of matching duplicates that the hits' request lists. */
    static final int COPY_STORIES = 10_000;
    /** OpenSearch's largest precision threshold: a cardinality aggregation is exact below it. */
    static final int EXACT_STORIES = 40_000;

    /** Other matching articles of a hit's story. */
    record Folded(long count, List<String> ids) {
        static final Folded NONE = new Folded(0, List.of());
    }

    private StoryFolding() {
    }

    /** Collapses {@code request} by story and positions it after the stories the cursor has shown. */
    static void fold(SearchRequest.Builder request, SearchPage page) {
        fold(request, page, COPY_STORIES);
    }

    /** As {@link #fold(SearchRequest.Builder, SearchPage)}, listing at most {@code copyStories} (tests lower it). */
    static void fold(SearchRequest.Builder request, SearchPage page, int copyStories) {
        int from = page.after() == null ? 0 : page.after().from();
        request.collapse(c -> c.field(FIELD))
                .from(from)
                .size(Math.max(0, Math.min(page.limit(), SearchPage.MAX_FOLDED_POSITION - from)))
                // composite, not terms: the stories in key order, without ranking them by count (at 100,000
                // articles, listing 1,670 stories cost a terms aggregation twice as much)
                .aggregations(DUPLICATES, a -> a.filter(f -> f.term(t -> t.field("duplicate").value(FieldValue.of(true))))
                        .aggregations(STORIES, s -> s.composite(c -> c.size(copyStories)
                                .sources(Map.of(FIELD, CompositeAggregationSource.of(src -> src.terms(t -> t.field(FIELD))))))));
    }

    /**
     * The request that completes the story count of a folded search's answer ({@code aggregations}, of the request
     * {@link #fold} made): whether the first articles of the stories of matching duplicates match too, or for
     * very many such stories, their cardinality. Null when the answer needs none (no duplicate matches).
     */
    static SearchRequest countRequest(String index, Query matching, Map<String, Aggregate> aggregations) {
        return countRequest(index, matching, aggregations, COPY_STORIES);
    }

    /** As {@link #countRequest(String, Query, Map)}, for a request folded listing at most {@code copyStories}. */
    static SearchRequest countRequest(String index, Query matching, Map<String, Aggregate> aggregations,
            int copyStories) {
        List<CompositeBucket> buckets = storiesOfDuplicates(aggregations);
        if (buckets.size() >= copyStories) {
            return new SearchRequest.Builder().index(index).query(matching).size(0)
                    .trackTotalHits(t -> t.enabled(false))
                    .aggregations(STORIES, a -> a.cardinality(c -> c.field(FIELD).precisionThreshold(EXACT_STORIES)))
                    .build();
        }
        if (buckets.isEmpty()) {
            return null;
        }
        List<FieldValue> firsts = buckets.stream().map(b -> FieldValue.of(b.key().get(FIELD).to(String.class)))
                .toList();
        return new SearchRequest.Builder().index(index).size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(matching)
                        .filter(f -> f.term(t -> t.field("duplicate").value(FieldValue.of(false))))
                        .filter(f -> f.terms(t -> t.field("id").terms(v -> v.value(firsts))))))
                .build();
    }

    /**
     * The stories among the {@code total} matches, from the folded search's {@code aggregations} and the answer to
     * its {@link #countRequest} (null when there was none).
     */
    static long stories(long total, Map<String, Aggregate> aggregations, SearchResponse<?> count) {
        FilterAggregate duplicates = aggregations.get(DUPLICATES).filter();
        if (count == null) {
            return total - duplicates.docCount();
        }
        Aggregate cardinality = count.aggregations().get(STORIES);
        if (cardinality != null) {
            return cardinality.cardinality().value();
        }
        return total - duplicates.docCount() + storiesOfDuplicates(aggregations).size() - count.hits().total().value();
    }

    private static List<CompositeBucket> storiesOfDuplicates(Map<String, Aggregate> aggregations) {
        return aggregations.get(DUPLICATES).filter().aggregations().get(STORIES).composite().buckets().array();
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
}
