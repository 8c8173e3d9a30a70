package io.newslens.contracts.api;

/** The answer to an accepted submission. */
public record ArticleAccepted(String id, ArticleStatus status) {
}
