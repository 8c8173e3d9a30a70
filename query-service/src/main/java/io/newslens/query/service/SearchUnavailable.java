package io.newslens.query.service;

import io.newslens.contracts.problem.ProblemException;

/** The search index did not answer; PostgreSQL-backed endpoints still work. */
public class SearchUnavailable extends ProblemException {

    public SearchUnavailable(String reason) {
        super(503, "Search unavailable", "The search index did not answer: " + reason);
    }
}
