package io.newslens.query.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A direct quotation: {@code text.substring(startOffset, endOffset)} of its article, with its speaker and the
 * entities mentioned inside it. Named StoredQuote so it never hides the event record {@code Quote}.
 */
@Entity
@Table(name = "quote")
@IdClass(StoredQuote.Key.class)
public class StoredQuote {

    @Id
    @Column(name = "article_id")
    public String articleId;

    /** UTF-16 index into the article text, inclusive. */
    @Id
    @Column(name = "start_offset")
    public int startOffset;

    /** UTF-16 index into the article text, exclusive. */
    @Id
    @Column(name = "end_offset")
    public int endOffset;

    public String text;

    /** Canonical id of the speaker; null when the article does not say who spoke. */
    @Column(name = "speaker_id")
    public String speakerId;

    @Column(name = "speaker_name")
    public String speakerName;

    public String cue;

    /** Ids of the entities mentioned inside the quotation, in order of first mention (a text[] column). */
    @Column(name = "entity_ids")
    public String[] entityIds;

    /** Ids of the entities the quotation is about: those inside it, then its sentence's frame (a text[] column). */
    @Column(name = "about_ids")
    public String[] aboutIds;

    public StoredQuote() {
    }

    /** The primary key: article and span. */
    public record Key(String articleId, int startOffset, int endOffset) implements Serializable {
    }
}
