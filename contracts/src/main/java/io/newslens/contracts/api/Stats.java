package io.newslens.contracts.api;

import java.util.List;

/**
 * Totals over the whole read model.
 *
 * @param articlesBySource the 20 sources with most articles, most first
 * @param entitiesByType   entities per type, most first
 */
public record Stats(
        long articles,
        long entities,
        long quotes,
        List<Count> entitiesByType,
        List<Count> articlesBySource,
        List<Count> articlesByLanguage) {

    /** A group and its size; key is null for articles without a source or language. */
    public record Count(String key, long count) {
    }
}
