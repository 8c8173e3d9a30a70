package io.newslens.contracts.api;

import java.util.List;

/**
 * A page of search hits in the requested order.
 *
 * @param total      every article matching the query and filters, not only this page
 * @param stories    distinct stories among those articles when search folds near-duplicates into one hit per story
 *                   (exact, unless 10,000 or more stories have matching near-duplicates: then exact up to 40,000
 *                   and an estimate within a few percent above); null when it does not fold
 * @param nextCursor opaque; pass it as {@code cursor} for the next page; null on the last page
 * @param facets     counts over all matching articles; null unless asked for
 */
public record SearchResult(String query, long total, Long stories, List<ArticleHit> hits, String nextCursor,
        SearchFacets facets) {

    /** This result with {@code facets} instead of its own. */
    public SearchResult withFacets(SearchFacets facets) {
        return new SearchResult(query, total, stories, hits, nextCursor, facets);
    }
}
