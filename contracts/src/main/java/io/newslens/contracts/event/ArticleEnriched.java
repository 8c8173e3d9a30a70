package io.newslens.contracts.event;

import java.time.Instant;
import java.util.List;

/**
 * An article with what nlp-service found in it. Topic {@code articles.enriched}, key = {@link #articleId()}.
 * It repeats the article fields so that a read model can be built from this topic alone.
 *
 * @param nlpVersion engine and pipeline version; a consumer keeps the enrichment with the newest one
 * @param entities   the article's canonical entities, in order of first mention
 * @param quotes     the direct quotations, in text order, with their speakers
 * @param dates      date and time expressions, in text order, normalised
 * @param amounts    money amounts, in text order, with value and ISO 4217 currency
 * @param keywords   key phrases, best first
 * @param tone       document and per-entity tone
 * @param duplicateOf the first article of this one's story when ingest found this one a near-duplicate of it
 *                    ({@link ArticleIngested#duplicateOf()}, passed on), so the read model can fold a story;
 *                    null (absent) for an original
 */
public record ArticleEnriched(
        int schemaVersion,
        String articleId,
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
        List<Quote> quotes,
        List<DateMention> dates,
        List<Amount> amounts,
        List<Keyword> keywords,
        Tone tone,
        String duplicateOf) {

    public static final int SCHEMA_VERSION = 1;
}
