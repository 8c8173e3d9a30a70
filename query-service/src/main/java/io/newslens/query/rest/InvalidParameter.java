package io.newslens.query.rest;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.problem.ProblemException;
import java.util.List;

/** A request parameter outside its allowed values; the same 422 shape Bean Validation failures have. */
public class InvalidParameter extends ProblemException {

    public InvalidParameter(String parameter, String message) {
        super(422, "Invalid request", message, List.of(new Problem.FieldError(parameter, message)));
    }
}
