package io.newslens.ingest.service;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.problem.ProblemException;
import java.util.List;

/** A polling interval outside the configured bounds: 422 naming {@code intervalSeconds}. */
public class InvalidFeedInterval extends ProblemException {
    public InvalidFeedInterval(int min, int max) {
        super(422, "Invalid request", "intervalSeconds must be between " + min + " and " + max, List.of(
                new Problem.FieldError("intervalSeconds", "intervalSeconds must be between " + min + " and " + max)));
    }
}
