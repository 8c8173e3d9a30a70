package io.newslens.query.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An enriched article as the read model stores it; full-text search is OpenSearch's (repository/ArticleIndex). */
@Entity
@Table(name = "article")
public class Article {

    @Id
    public String id;

    public String title;

    public String source;

    public String url;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String language;

    public String text;

    @Column(name = "ingested_at")
    public Instant ingestedAt;

    @Column(name = "nlp_version")
    public String nlpVersion;

    @Column(name = "enriched_at")
    public Instant enrichedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Document tone, -1 (hostile) .. 1 (favourable); null when the enrichment carried none. */
    public Double tone;

    /**
     * The story this article belongs to: the id of the story's first article, which near-duplicates of it share;
     * its own id for an original.
     */
    @Column(name = "story_id")
    public String storyId;
}
