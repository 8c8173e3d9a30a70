package io.newslens.query.service;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.problem.ProblemException;
import java.util.List;

/** A cursor that decodes but whose values the index refuses (edited by hand); the same 422 as a malformed one. */
public class CursorRejected extends ProblemException {

    public CursorRejected() {
        super(422, "Invalid request", "cursor is not a nextCursor this API returned",
                List.of(new Problem.FieldError("cursor", "cursor is not a nextCursor this API returned")));
    }
}
