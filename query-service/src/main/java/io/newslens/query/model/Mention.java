package io.newslens.query.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One place where an article mentions an entity. Its span is its identity, so the database itself refuses
 * a duplicate. Ids instead of associations: the read side fetches mentions and entities in two plain queries,
 * which avoids lazy loading (an explicit fetch in Hibernate Reactive).
 */
@Entity
@Table(name = "mention")
@IdClass(Mention.Key.class)
public class Mention {

    @Id
    @Column(name = "article_id")
    public String articleId;

    @Id
    @Column(name = "entity_id")
    public String entityId;

    /** UTF-16 index into the article text, inclusive. */
    @Id
    @Column(name = "start_offset")
    public int startOffset;

    /** UTF-16 index into the article text, exclusive. */
    @Id
    @Column(name = "end_offset")
    public int endOffset;

    public String text;

    public Mention() {
    }

    public Mention(String articleId, String entityId, int startOffset, int endOffset, String text) {
        this.articleId = articleId;
        this.entityId = entityId;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.text = text;
    }

    public Key key() {
        return new Key(articleId, entityId, startOffset, endOffset);
    }

    /** The primary key: article, entity and span. */
    public record Key(String articleId, String entityId, int startOffset, int endOffset) implements Serializable {
    }
}
