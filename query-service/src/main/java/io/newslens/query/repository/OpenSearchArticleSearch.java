package io.newslens.query.repository;

import io.newslens.contracts.api.ArticleHit;
import io.newslens.contracts.api.SearchFacets;
import io.newslens.contracts.api.SearchResult;
import io.newslens.contracts.api.Timeline;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.query.service.ArticleDocument;
import io.newslens.query.service.ArticleQuery;
import io.newslens.query.service.ArticleSearch;
import io.newslens.query.service.CursorRejected;
import io.newslens.query.service.SearchCursor;
import io.newslens.query.service.SearchPage;
import io.newslens.query.service.SearchPage.Facet;
import io.newslens.query.service.SearchPage.Sort;
import io.newslens.query.service.SearchUnavailable;
import io.newslens.query.service.TimelineInterval;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.CalendarInterval;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;

/**
 * {@link ArticleSearch} on the OpenSearch index behind {@link ArticleIndex#alias()}: simple query string over
 * title (boosted), text and quotes with english stemming, filters as non-scoring clauses, keyset pagination
 * with {@code search_after} (or, folding near-duplicates into one hit per story, {@link StoryFolding}'s collapse and
 * positions), facets (in a request of their own, in parallel) and timelines as aggregations over the same filtered
 * set.
 */
@ApplicationScoped
public class OpenSearchArticleSearch implements ArticleSearch {

    private static final String[] TEXT_FIELDS = {"title^3", "text", "quotes"};
    private static final int SNIPPET_CHARS = 160;

    private final OpenSearchAsyncClient client;
    private final ArticleIndex index;

    public OpenSearchArticleSearch(OpenSearchAsyncClient client, ArticleIndex index) {
        this.client = client;
        this.index = index;
    }

    @Override
    public Uni<SearchResult> search(ArticleQuery query, SearchPage page) {
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(index.alias())
                .query(matching(query))
                .size(page.limit())
                .trackTotalHits(t -> t.enabled(true))
                .sort(order(page.sort()))
                .source(s -> s.filter(f -> f.excludes("text", "quotes")))
                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<b>").postTags("</b>")
                        .fields("text", f -> f.fragmentSize(SNIPPET_CHARS).numberOfFragments(2)
                                .noMatchSize(SNIPPET_CHARS)));
        if (page.fold()) {
            StoryFolding.fold(request, page);
        } else if (page.after() != null) {
            request.searchAfterVals(page.after().after().stream().map(OpenSearchArticleSearch::fieldValue).toList());
        }
        Uni<SearchResult> hits = Uni.combine().all().unis(
                Uni.createFrom().completionStage(() -> searchAsync(request.build()))
                        .chain(response -> folded(query, page, response).map(folded -> Map.entry(response, folded))),
                stories(query, page))
                .with((found, stories) -> toResult(query, page, found.getKey(), found.getValue(), stories));
        return Uni.combine().all().unis(hits, facets(query, page)).with(SearchResult::withFacets)
                .onFailure(e -> page.after() != null && OpenSearchErrors.status(e) == 400).transform(e -> new CursorRejected())
                .onFailure(e -> !(e instanceof ProblemException)).transform(e -> new SearchUnavailable(e.toString()));
    }

    /**
     * The facets, from a request of their own sent alongside the hits': the node works on both at once (on a small
     * node the facets take longer than the hits, highlighting and folding together), and neither waits for the
     * other. Null when none are asked for. The query is a filter here (no scores to compute) and counts no hits.
     */
    private Uni<SearchFacets> facets(ArticleQuery query, SearchPage page) {
        if (page.facets().isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(index.alias())
                .query(q -> q.constantScore(c -> c.filter(matching(query))))
                .size(0)
                .trackTotalHits(t -> t.enabled(false));
        page.facets().forEach(facet -> SearchFacetAggregations.add(request, facet));
        return Uni.createFrom().completionStage(() -> searchAsync(request.build()))
                .map(response -> SearchFacetAggregations.read(response.aggregations(), page.facets()));
    }

    /** For a folded page, each story's other matches (by story id); nothing otherwise. */
    private Uni<Map<String, StoryFolding.Folded>> folded(ArticleQuery query, SearchPage page,
            SearchResponse<ArticleDocument> response) {
        List<Hit<ArticleDocument>> hits = response.hits().hits();
        if (!page.fold() || hits.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Map<String, String> hitOfStory = new LinkedHashMap<>();
        hits.forEach(hit -> hitOfStory.put(storyOf(hit.source()), hit.id()));
        SearchRequest members = StoryFolding.members(index.alias(), matching(query), List.copyOf(hitOfStory.keySet()));
        return Uni.createFrom().completionStage(() -> searchAsync(members))
                .map(answer -> StoryFolding.read(answer.aggregations(), hitOfStory));
    }

    /**
     * For a folded page, what counts the stories among all matches ({@link StoryFolding}), from requests sent
     * alongside the hits'; null otherwise.
     */
    private Uni<StoryFolding.StoryCount> stories(ArticleQuery query, SearchPage page) {
        if (!page.fold()) {
            return Uni.createFrom().nullItem();
        }
        Query matching = matching(query);
        return Uni.createFrom().completionStage(() -> searchAsync(StoryFolding.listing(index.alias(), matching)))
                .chain(listing -> {
                    SearchRequest count = StoryFolding.countRequest(index.alias(), matching, listing);
                    if (count == null) {
                        return Uni.createFrom().item(StoryFolding.count(listing, null));
                    }
                    return Uni.createFrom().completionStage(() -> searchAsync(count))
                            .map(answer -> StoryFolding.count(listing, answer));
                });
    }

    private static String storyOf(ArticleDocument doc) {
        return doc.storyId() == null ? doc.id() : doc.storyId();
    }

    @Override
    public Uni<Timeline> timeline(ArticleQuery query, TimelineInterval interval) {
        SearchRequest request = new SearchRequest.Builder()
                .index(index.alias())
                .query(matching(query))
                .size(0)
                .trackTotalHits(t -> t.enabled(true))
                .aggregations("timeline", a -> a
                        .dateHistogram(d -> d.field("publishedAt").calendarInterval(calendar(interval)).minDocCount(0))
                        .aggregations("tone", t -> t.avg(avg -> avg.field("tone"))))
                .build();
        return Uni.createFrom().completionStage(() -> searchAsync(request))
                .onFailure().transform(e -> new SearchUnavailable(e.toString()))
                .map(response -> new Timeline(interval.name().toLowerCase(), response.hits().total().value(),
                        response.aggregations().get("timeline").dateHistogram().buckets().array().stream()
                                .map(b -> new Timeline.Bucket(Instant.ofEpochMilli(epochMillis(b.key())), b.docCount(),
                                        b.docCount() == 0 ? null : averageTone(b.aggregations().get("tone"))))
                                .toList()));
    }

    private CompletableFuture<SearchResponse<ArticleDocument>> searchAsync(SearchRequest request) {
        return searchAsync(client, request);
    }

    /** The client's search, its checked I/O failure as a failed future (the repository's other searches use it). */
    static CompletableFuture<SearchResponse<ArticleDocument>> searchAsync(OpenSearchAsyncClient client,
            SearchRequest request) {
        try {
            return client.search(request, ArticleDocument.class);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Text as a scoring clause (default operator AND), everything else as filters. */
    static Query matching(ArticleQuery query) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (query.text() != null) {
            bool.must(m -> m.simpleQueryString(s -> s.query(query.text()).fields(List.of(TEXT_FIELDS))
                    .defaultOperator(Operator.And)));
        }
        query.entities().forEach(id -> bool.filter(f -> f.term(t -> t.field("entityIds").value(FieldValue.of(id)))));
        if (query.source() != null) {
            bool.filter(f -> f.term(t -> t.field("source").value(FieldValue.of(query.source()))));
        }
        if (query.language() != null) {
            bool.filter(f -> f.term(t -> t.field("language").value(FieldValue.of(query.language()))));
        }
        if (query.from() != null || query.to() != null) {
            bool.filter(f -> f.range(r -> {
                r.field("publishedAt");
                if (query.from() != null) {
                    r.gte(JsonData.of(query.from().toString()));
                }
                if (query.to() != null) {
                    r.lt(JsonData.of(query.to().toString()));
                }
                return r;
            }));
        }
        if (query.toneMin() != null || query.toneMax() != null) {
            bool.filter(f -> f.range(r -> {
                r.field("tone");
                if (query.toneMin() != null) {
                    r.gte(JsonData.of(query.toneMin()));
                }
                if (query.toneMax() != null) {
                    r.lte(JsonData.of(query.toneMax()));
                }
                return r;
            }));
        }
        return bool.build()._toQuery();
    }

    /** The id is the last key of both orders, so that every hit has a distinct position for search_after. */
    static List<SortOptions> order(Sort sort) {
        List<SortOptions> order = new ArrayList<>();
        if (sort == Sort.RELEVANCE) {
            order.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        }
        order.add(SortOptions.of(s -> s.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing(FieldValue.of("_last")))));
        order.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        return order;
    }

    private static SearchResult toResult(ArticleQuery query, SearchPage page, SearchResponse<ArticleDocument> response,
            Map<String, StoryFolding.Folded> folded, StoryFolding.StoryCount stories) {
        List<Hit<ArticleDocument>> found = response.hits().hits();
        List<ArticleHit> hits = found.stream().map(hit -> toHit(hit, page,
                folded.getOrDefault(storyOf(hit.source()), StoryFolding.Folded.NONE))).toList();
        String next = null;
        if (found.size() == page.limit()) {
            next = page.fold() ? StoryFolding.nextCursor(page)
                    : new SearchCursor(page.sort(), found.get(found.size() - 1).sortVals().stream()
                            .map(FieldValue::_get).toList()).encode();
        }
        long total = response.hits().total().value();
        return new SearchResult(query.text(), total, stories == null ? null : stories.stories(total), hits, next, null);
    }

    private static ArticleHit toHit(Hit<ArticleDocument> hit, SearchPage page, StoryFolding.Folded folded) {
        ArticleDocument doc = hit.source();
        List<String> fragments = hit.highlight().getOrDefault("text", List.of());
        return new ArticleHit(doc.id(), doc.title(), doc.source(), doc.publishedAt(), doc.tone(),
                String.join(" … ", fragments), page.sort() == Sort.RELEVANCE ? hit.score() : null, doc.topEntities(),
                storyOf(doc), folded.count(), folded.ids());
    }

    private static FieldValue fieldValue(Object value) {
        if (value instanceof Long l) {
            return FieldValue.of(l);
        }
        if (value instanceof Double d) {
            return FieldValue.of(d);
        }
        return FieldValue.of(String.valueOf(value));
    }

    private static CalendarInterval calendar(TimelineInterval interval) {
        return switch (interval) {
            case DAY -> CalendarInterval.Day;
            case WEEK -> CalendarInterval.Week;
            case MONTH -> CalendarInterval.Month;
        };
    }

    /** A date histogram key: epoch milliseconds, as a number in a string. */
    static long epochMillis(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return (long) Double.parseDouble(key);
        }
    }

    /** Null when no article of the bucket has a tone (the client reads OpenSearch's null as 0 for empty buckets). */
    private static Double averageTone(Aggregate tone) {
        Double value = tone.avg().value();
        return value == null || value.isNaN() ? null : value;
    }
}
