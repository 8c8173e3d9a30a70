package io.newslens.contracts.api;

import java.time.Instant;
import java.util.List;

/**
 * A newly enriched article as the live feed ({@code GET /stream}) announces it.
 *
 * @param tone     document tone, -1..1; null when the enrichment carried none
 * @param entities its five most salient entities, most salient first
 */
public record LiveArticle(
        String id,
        String title,
        String source,
        Instant publishedAt,
        String language,
        Double tone,
        List<EntityRef> entities) {

    public record EntityRef(String id, String name, String type) {
    }
}
