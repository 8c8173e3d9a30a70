package io.newslens.query.service;

import java.util.Set;

/**
 * Which page of hits to return, in which order, and which facets to count.
 *
 * @param after the cursor of the previous page, or null for the first
 */
public record SearchPage(Sort sort, int limit, SearchCursor after, Set<Facet> facets) {

    public enum Sort {
        /** Best match first; equal scores newest first. */
        RELEVANCE,
        /** Newest first. */
        DATE
    }

    public enum Facet {
        ENTITIES, SOURCES, DAYS
    }

    public SearchPage {
        facets = facets == null ? Set.of() : Set.copyOf(facets);
    }
}
