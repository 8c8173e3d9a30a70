package io.newslens.ingest.model;

import io.newslens.contracts.api.ArticleStatus;
import io.newslens.contracts.tracing.ArticleTraces.TraceHeaders;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;

/** An accepted article as stored by ingest-service. */
@Entity
@Table(name = "article")
public class Article {
    @Id
    public UUID id;
    public String title;
    public String source;
    public String url;
    @Column(name = "published_at")
    public Instant publishedAt;
    public String language;
    /** The clean text; every offset downstream indexes into it. */
    @Column(nullable = false)
    public String text;
    /** The text exactly as submitted, before normalisation and cleaning. */
    @Column(name = "raw_text")
    public String rawText;
    /** SHA-256 (hex) of {@link #text}; unique, which is what makes re-posting idempotent. */
    @Column(name = "text_hash")
    public String textHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    /** When its {@code articles.ingested} event was acknowledged by Kafka. */
    @Column(name = "sent_at")
    public Instant sentAt;
    /** When nlp-service last enriched it (from articles.enriched). */
    @Column(name = "enriched_at")
    public Instant enrichedAt;
    /** When nlp-service last gave up on it (from articles.ingested.dlq); the reason is {@link #statusReason}. */
    @Column(name = "failed_at")
    public Instant failedAt;
    /** The earlier article (first of its story) whose text this one near-duplicates; null when none. */
    @Column(name = "duplicate_of")
    public UUID duplicateOf;
    /** The X-Request-Id that brought it; goes into its outbox row (and so its Kafka record), not the article. */
    @Transient
    public String requestId;
    /** The trace context of the request that brought it; goes into its outbox row, like {@link #requestId}. */
    @Transient
    public TraceHeaders trace = TraceHeaders.NONE;
    /** MinHash signature of {@link #text}; written by {@code ArticleWriter} (column {@code minhash}), not read here. */
    @Transient
    public long[] minhash;
}
