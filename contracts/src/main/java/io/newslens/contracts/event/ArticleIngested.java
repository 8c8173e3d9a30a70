package io.newslens.contracts.event;

import java.time.Instant;

/**
 * An accepted article, as ingest-service stored it. Topic {@code articles.ingested}, key = {@link #articleId()}.
 *
 * @param schemaVersion version of this record's JSON shape ({@link #SCHEMA_VERSION})
 * @param text          the clean text; every character offset downstream indexes into this string
 * @param language      ISO 639-1 code when known, else null
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
        Instant ingestedAt) {

    public static final int SCHEMA_VERSION = 1;
}
