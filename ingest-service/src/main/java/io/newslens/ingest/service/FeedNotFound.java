package io.newslens.ingest.service;

import io.newslens.contracts.problem.ProblemException;

public class FeedNotFound extends ProblemException {
    public FeedNotFound(String id) {
        super(404, "Feed not found", "No feed with id " + id);
    }
}
