package io.newslens.ingest.service;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.problem.ProblemException;
import java.util.List;

/** The text held nothing but site chrome: once cleaned, nothing was left to store. */
public class OnlyBoilerplate extends ProblemException {

    public static final String MESSAGE = "text has no content once boilerplate is removed";

    public OnlyBoilerplate() {
        super(422, "Invalid request", MESSAGE, List.of(new Problem.FieldError("text", MESSAGE)));
    }
}
