package io.newslens.query.repository;

import io.newslens.contracts.api.SearchFacets;
import io.newslens.query.service.SearchPage.Facet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.CalendarInterval;
import org.opensearch.client.opensearch.core.SearchRequest;

/**
 * The facets of a search as aggregations over the same filtered set as the hits: terms on entity ids and on sources,
 * a daily date histogram on publishedAt.
 */
final class SearchFacetAggregations {

    /** Buckets per terms facet, the most frequent first. */
    static final int TERMS = 20;

    private SearchFacetAggregations() {
    }

    static void add(SearchRequest.Builder request, Facet facet) {
        switch (facet) {
            case ENTITIES -> request.aggregations("entities", a -> a.terms(t -> t.field("entityIds").size(TERMS)));
            case SOURCES -> request.aggregations("sources", a -> a.terms(t -> t.field("source").size(TERMS)));
            case DAYS -> request.aggregations("days", a -> a.dateHistogram(d -> d.field("publishedAt")
                    .calendarInterval(CalendarInterval.Day).minDocCount(1)));
        }
    }

    static SearchFacets read(Map<String, Aggregate> aggregations, Set<Facet> facets) {
        return new SearchFacets(
                facets.contains(Facet.ENTITIES) ? entities(aggregations.get("entities")) : null,
                facets.contains(Facet.SOURCES) ? aggregations.get("sources").sterms().buckets().array().stream()
                        .map(b -> new SearchFacets.SourceCount(b.key(), b.docCount())).toList() : null,
                facets.contains(Facet.DAYS) ? aggregations.get("days").dateHistogram().buckets().array().stream()
                        .map(b -> new SearchFacets.DayCount(Instant.ofEpochMilli(OpenSearchArticleSearch.epochMillis(
                                b.key())).atZone(ZoneOffset.UTC).toLocalDate(), b.docCount())).toList() : null);
    }

    /** Ids and counts; {@link io.newslens.query.service.FacetNames} names them. */
    private static List<SearchFacets.EntityCount> entities(Aggregate terms) {
        return terms.sterms().buckets().array().stream()
                .map(b -> new SearchFacets.EntityCount(b.key(), null, null, b.docCount())).toList();
    }
}
