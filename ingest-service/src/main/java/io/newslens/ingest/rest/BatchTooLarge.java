package io.newslens.ingest.rest;

import io.newslens.contracts.problem.ProblemException;

/** A batch with more items than {@code newslens.ingest.batch.max-items}. */
public class BatchTooLarge extends ProblemException {
    public BatchTooLarge(int maxItems) {
        super(413, "Content Too Large", "A batch holds at most " + maxItems + " articles; split it");
    }
}
