package io.newslens.query.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** What one article says about one of its entities: how central it is there, and the tone around it. */
@Entity
@Table(name = "article_entity")
@IdClass(ArticleEntity.Key.class)
public class ArticleEntity {

    @Id
    @Column(name = "article_id")
    public String articleId;

    @Id
    @Column(name = "entity_id")
    public String entityId;

    /** 0..1; the saliences of one article's entities add up to 1. */
    public double salience;

    /** Mean tone of the sentences that mention the entity, -1..1; null when the event had none. */
    public Double tone;

    /** How many sentences {@link #tone} averages. */
    @Column(name = "tone_sentences")
    public int toneSentences;

    /** How many times the article mentions the entity. */
    public int mentions;

    public ArticleEntity() {
    }

    public ArticleEntity(String articleId, String entityId, double salience, Double tone, int toneSentences,
            int mentions) {
        this.articleId = articleId;
        this.entityId = entityId;
        this.salience = salience;
        this.tone = tone;
        this.toneSentences = toneSentences;
        this.mentions = mentions;
    }

    /** The primary key: article and entity. */
    public record Key(String articleId, String entityId) implements Serializable {
    }
}
