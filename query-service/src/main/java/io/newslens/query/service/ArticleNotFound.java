package io.newslens.query.service;

import io.newslens.contracts.problem.ProblemException;

/** The read model has no article with this id (unknown, or not enriched yet). */
public class ArticleNotFound extends ProblemException {

    public ArticleNotFound(String id) {
        super(404, "Article not found", "No enriched article with id '" + id + "'");
    }
}
