package io.newslens.ingest.service;

import io.newslens.contracts.problem.ProblemException;

public class ArticleNotFound extends ProblemException {
    public ArticleNotFound(String id) {
        super(404, "Article not found", "No article with id " + id);
    }
}
