package io.newslens.contracts.api;

/**
 * The answer to a submission: 202 for a new article, 200 with {@code duplicate = true} when the same clean text
 * was already stored, in which case {@code id} and {@code status} are those of the existing article.
 */
public record ArticleAccepted(String id, ArticleStatus status, boolean duplicate) {

    /** A newly stored article. */
    public ArticleAccepted(String id, ArticleStatus status) {
        this(id, status, false);
    }
}
