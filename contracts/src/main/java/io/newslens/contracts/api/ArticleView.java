package io.newslens.contracts.api;

import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Keyword;
import io.newslens.contracts.event.Quote;
import io.newslens.contracts.event.Tone;
import java.time.Instant;
import java.util.List;

/**
 * An article as the API shows it: the stored fields, its status and, once {@link ArticleStatus#ENRICHED},
 * its entities with offsets into {@code text}. {@code duplicateOf}: id of the earlier article this one near-duplicates,
 * else null. Once enriched, also its quotes (offsets into {@code text}, speaker, entities inside) in text order,
 * its key phrases best first and its tone; these three are null before enrichment.
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
        List<Entity> entities,
        String duplicateOf,
        List<Quote> quotes,
        List<Keyword> keywords,
        Tone tone) {
}
