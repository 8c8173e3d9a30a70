package io.newslens.query.service;

import java.util.Set;

/**
 * Which page of hits to return, in which order, and which facets to count.
 *
 * @param after the cursor of the previous page, or null for the first
 * @param fold  one hit per story (near-duplicates folded into the best-placed one), or one per article
 */
public record SearchPage(Sort sort, int limit, SearchCursor after, Set<Facet> facets, boolean fold) {

    /**
     * Folded pages go by position, and OpenSearch serves positions up to its {@code index.max_result_window}
     * (default 10,000): folded results end there (unfolded ones page by keyset without limit).
     */
    public static final int MAX_FOLDED_POSITION = 10_000;

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
