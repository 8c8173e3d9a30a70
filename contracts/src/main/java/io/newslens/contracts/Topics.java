package io.newslens.contracts;

/** Kafka topic names shared by producers and consumers. Records are keyed by article id. */
public final class Topics {
    /** Emitted by ingest-service (through its outbox) for every accepted article. */
    public static final String ARTICLES_INGESTED = "articles.ingested";
    /** Emitted by nlp-service for every enriched article. */
    public static final String ARTICLES_ENRICHED = "articles.enriched";
    /**
     * Articles nlp-service could not enrich, with the reason in a header. One attempt each: its failures are
     * deterministic (docs/reliability.md, "Poison article").
     */
    public static final String ARTICLES_INGESTED_DLQ = "articles.ingested.dlq";

    private Topics() {
    }
}
