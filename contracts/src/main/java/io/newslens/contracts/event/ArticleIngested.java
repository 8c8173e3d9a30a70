package io.newslens.contracts.event;

import java.time.Instant;

/**
 * An accepted article, as ingest-service stored it. Topic {@code articles.ingested}, key = {@link #articleId()}.
 *
 * @param schemaVersion version of this record's JSON shape ({@link #SCHEMA_VERSION})
 * @param text          the clean text; every character offset downstream indexes into this string
 * @param language      ISO 639-1 code when known, else null
 * @param duplicateOf   id of the earlier article this one near-duplicates (same story, a few sentences edited), so
 *                      consumers can fold both into one story; null when it is not a near-duplicate
 */
public record ArticleIngested(
        int schemaVersion,
        String articleId,
        String title,
        String source,
        String url,
        Instant publishedAt,
        String language,
        String text,
        Instant ingestedAt,
        String duplicateOf) {

    public static final int SCHEMA_VERSION = 1;
}
