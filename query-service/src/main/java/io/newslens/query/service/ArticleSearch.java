package io.newslens.query.service;

import io.newslens.contracts.api.SearchResult;
import io.smallrye.mutiny.Uni;

/**
 * Full-text search over the read model. One small seam on purpose: PostgreSQL answers today, OpenSearch
 * will later, and nothing above this interface should notice.
 */
public interface ArticleSearch {

    /**
     * The best {@code limit} articles for {@code query}, best first, each with a snippet whose matched
     * words are wrapped in {@code <b>…</b>} and whose other text is HTML-escaped.
     *
     * @param query what a person would type into a search box: words, "quoted phrases", {@code or}, {@code -word}
     * @param limit at least 1; the caller has checked the upper bound
     */
    Uni<SearchResult> search(String query, int limit);
}
