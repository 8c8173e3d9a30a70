package io.newslens.query.service;

import io.newslens.contracts.api.SearchResult;
import io.newslens.contracts.api.Timeline;
import io.smallrye.mutiny.Uni;

/** Full-text search, facets and timelines over the search index; nothing above this interface names OpenSearch. */
public interface ArticleSearch {

    /**
     * One page of the articles {@code query} matches, each with a snippet whose matched words are wrapped in
     * {@code <b>…</b>} and whose other text is HTML-escaped, and the facets {@code page} asks for.
     */
    Uni<SearchResult> search(ArticleQuery query, SearchPage page);

    /** Articles {@code query} matches per interval, with their average tone. */
    Uni<Timeline> timeline(ArticleQuery query, TimelineInterval interval);
}
