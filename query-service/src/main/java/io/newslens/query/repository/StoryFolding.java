package io.newslens.query.repository;

import io.newslens.contracts.api.ArticleHit;
import io.newslens.query.service.ArticleDocument;
import io.newslens.query.service.SearchCursor;
import io.newslens.query.service.SearchPage;
import jakarta.json.JsonString;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregationSource;
import org.opensearch.client.opensearch._types.aggregations.CompositeBucket;
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
 * not match. A request of its own ({@link #listing}), sent alongside the hits', lists the stories of the matching
 * duplicates (few: only near-duplicates); when there are some, one more request counts which of those stories'
 * first articles match. The count is exact. Only with {@value #COPY_STORIES} or more such stories is that request a
 * cardinality aggregation instead, exact up to {@value #EXACT_STORIES} stories. (Until session 11 the listing was
 * an aggregation of the hits' request: a composite aggregation keeps a request from searching segments
 * concurrently, which held the hits back behind it.)
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
    /** The stories of matching duplicates that the listing lists. */
    static final int COPY_STORIES = 10_000;
    /** OpenSearch's largest precision threshold: a cardinality aggregation is exact below it. */
    static final int EXACT_STORIES = 40_000;

    /** Other matching articles of a hit's story. */
    record Folded(long count, List<String> ids) {
        static final Folded NONE = new Folded(0, List.of());
    }

    /**
     * What the story count takes from the listing and the count request: the matching duplicates, their stories,
     * and of those the stories whose first article matches too; or, for very many, the stories' cardinality.
     */
    record StoryCount(long matchingDuplicates, long storiesOfDuplicates, long matchingFirsts, Long cardinality) {

        /** The stories among the hits' {@code total} matches. */
        long stories(long total) {
            return cardinality != null ? cardinality : total - matchingDuplicates + storiesOfDuplicates - matchingFirsts;
        }
    }

    private StoryFolding() {
    }

    /** Collapses {@code request} by story and positions it after the stories the cursor has shown. */
    static void fold(SearchRequest.Builder request, SearchPage page) {
        int from = page.after() == null ? 0 : page.after().from();
        request.collapse(c -> c.field(FIELD))
                .from(from)
                .size(Math.max(0, Math.min(page.limit(), SearchPage.MAX_FOLDED_POSITION - from)));
    }

    /** The request listing the stories of the matching duplicates, and counting those duplicates. */
    static SearchRequest listing(String index, Query matching) {
        return listing(index, matching, COPY_STORIES);
    }

    /** As {@link #listing(String, Query)}, listing at most {@code copyStories} (tests lower it). */
    static SearchRequest listing(String index, Query matching, int copyStories) {
        // Duplicates first, as a filter: the request reads the few thousand of them, not every match.
        return new SearchRequest.Builder().index(index).size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("duplicate").value(FieldValue.of(true))))
                        .filter(matching)))
                // composite, not terms: the stories in key order, without ranking them by count (at 100,000
                // articles, listing 1,670 stories cost a terms aggregation twice as much)
                .aggregations(STORIES, s -> s.composite(c -> c.size(copyStories)
                        .sources(Map.of(FIELD, CompositeAggregationSource.of(src -> src.terms(t -> t.field(FIELD)))))))
                .build();
    }

    /**
     * The request that completes the story count from the answer to {@link #listing}: whether the first articles
     * of the listed stories match too, or for very many such stories, their cardinality. Null when the count needs
     * none (no duplicate matches).
     */
    static SearchRequest countRequest(String index, Query matching, SearchResponse<?> listing) {
        return countRequest(index, matching, listing, COPY_STORIES);
    }

    /** As {@link #countRequest(String, Query, SearchResponse)}, for a listing of at most {@code copyStories}. */
    static SearchRequest countRequest(String index, Query matching, SearchResponse<?> listing, int copyStories) {
        List<String> firsts = storiesOfDuplicates(listing);
        if (firsts.size() >= copyStories) {
            return new SearchRequest.Builder().index(index).query(matching).size(0)
                    .trackTotalHits(t -> t.enabled(false))
                    .aggregations(STORIES, a -> a.cardinality(c -> c.field(FIELD).precisionThreshold(EXACT_STORIES)))
                    .build();
        }
        if (firsts.isEmpty()) {
            return null;
        }
        return new SearchRequest.Builder().index(index).size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(matching)
                        .filter(f -> f.term(t -> t.field("duplicate").value(FieldValue.of(false))))
                        .filter(f -> f.terms(t -> t.field("id").terms(v -> v.value(
                                firsts.stream().map(FieldValue::of).toList()))))))
                .build();
    }

    /** The story count from the answers to {@link #listing} and its {@link #countRequest} (null when there was none). */
    static StoryCount count(SearchResponse<?> listing, SearchResponse<?> count) {
        long duplicates = listing.hits().total().value();
        if (count == null) {
            return new StoryCount(duplicates, 0, 0, null);
        }
        Aggregate cardinality = count.aggregations().get(STORIES);
        if (cardinality != null) {
            return new StoryCount(duplicates, 0, 0, cardinality.cardinality().value());
        }
        return new StoryCount(duplicates, listed(listing).size(), count.hits().total().value(), null);
    }

    /**
     * The listed story ids. Each key read as the JSON string it was parsed into: {@code JsonData.to(String.class)}
     * writes the value out and parses it again, which for the 1,670 stories of a search for "said" at 100,000
     * articles was a fifth of the service's CPU for that search, on the OpenSearch client's I/O thread.
     */
    private static List<String> storiesOfDuplicates(SearchResponse<?> listing) {
        return listed(listing).stream()
                .map(b -> b.key().get(FIELD).toJson() instanceof JsonString key ? key.getString()
                        : b.key().get(FIELD).to(String.class))
                .toList();
    }

    /** The listing's buckets, one per story (their count needs no key read). */
    private static List<CompositeBucket> listed(SearchResponse<?> listing) {
        return listing.aggregations().get(STORIES).composite().buckets().array();
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
