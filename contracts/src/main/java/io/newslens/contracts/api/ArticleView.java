package io.newslens.contracts.api;

import io.newslens.contracts.event.Entity;
import java.time.Instant;
import java.util.List;

/**
 * An article as the API shows it: the stored fields, its status and, once {@link ArticleStatus#ENRICHED},
 * its entities with offsets into {@code text}.
 */
public record ArticleView(
        String id,
        ArticleStatus status,
        String title,
        String source,
        String url,
        Instant publishedAt,
        String language,
        String text,
        Instant ingestedAt,
        String nlpVersion,
        Instant enrichedAt,
        List<Entity> entities) {
}
