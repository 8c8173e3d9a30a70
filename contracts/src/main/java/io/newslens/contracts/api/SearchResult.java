package io.newslens.contracts.api;

import java.util.List;

/** A page of search hits, best first. */
public record SearchResult(String query, long total, List<ArticleHit> hits) {
}
