package io.newslens.query.rest;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.problem.ProblemException;
import java.util.List;

/** A query or path parameter outside its allowed values: 400, naming the parameter as Bean Validation does. */
public class InvalidParameter extends ProblemException {

    public InvalidParameter(String parameter, String message) {
        super(400, "Invalid parameter", message, List.of(new Problem.FieldError(parameter, message)));
    }
}
