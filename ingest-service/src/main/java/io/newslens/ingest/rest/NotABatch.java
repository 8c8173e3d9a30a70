package io.newslens.ingest.rest;

import io.newslens.contracts.problem.ProblemException;

/** The body of a batch request is not a batch at all: not JSON (400), or JSON of the wrong shape (422). */
public class NotABatch extends ProblemException {

    private NotABatch(int status, String title, String detail) {
        super(status, title, detail);
    }

    static NotABatch notAnArray() {
        return new NotABatch(422, "Invalid request", "The request body must be a JSON array of articles");
    }

    static NotABatch empty() {
        return new NotABatch(422, "Invalid request", "The request body holds no article");
    }

    static NotABatch malformed(String why) {
        return new NotABatch(400, "Malformed batch", "The request body is not a JSON array or NDJSON: " + why);
    }
}
