package io.newslens.query.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A key phrase of one article. Named StoredKeyword so it never hides the event record {@code Keyword}. */
@Entity
@Table(name = "keyword")
@IdClass(StoredKeyword.Key.class)
public class StoredKeyword {

    @Id
    @Column(name = "article_id")
    public String articleId;

    @Id
    public String phrase;

    /** 0..1; the article's best keyword has 1. */
    public double score;

    public int occurrences;

    public StoredKeyword() {
    }

    public StoredKeyword(String articleId, String phrase, double score, int occurrences) {
        this.articleId = articleId;
        this.phrase = phrase;
        this.score = score;
        this.occurrences = occurrences;
    }

    /** The primary key: article and phrase. */
    public record Key(String articleId, String phrase) implements Serializable {
    }
}
