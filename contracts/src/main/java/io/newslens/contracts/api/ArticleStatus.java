package io.newslens.contracts.api;

/** Where an article is in the pipeline. */
public enum ArticleStatus {
    /** Stored by ingest-service, its event waiting in the outbox. */
    RECEIVED,
    /** Its {@code articles.ingested} event is in Kafka. */
    PUBLISHED,
    /** Enriched and in the read model. */
    ENRICHED,
    /** Given up on; the reason is recorded. */
    FAILED
}
