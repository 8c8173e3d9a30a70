package io.newslens.gateway.client;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.problem.ProblemException;
import java.util.List;

/**
 * A service's 4xx answer: the request was wrong, the service is fine. Retries stop on it and circuit breakers
 * do not count it as a failure.
 */
public class DownstreamClientError extends ProblemException {
    public DownstreamClientError(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(status, title, detail, errors);
    }
}
