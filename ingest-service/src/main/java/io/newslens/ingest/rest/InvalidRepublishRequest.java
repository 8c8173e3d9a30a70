package io.newslens.ingest.rest;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.problem.ProblemException;
import java.util.List;

/** A republish request with a field that is unknown or invalid: 422 naming it. */
public class InvalidRepublishRequest extends ProblemException {

    InvalidRepublishRequest(String field, String message) {
        super(422, "Invalid republish request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
