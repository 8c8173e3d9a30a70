package io.newslens.contracts.problem;

import io.newslens.contracts.api.Problem;
import java.util.List;

/**
 * A domain error that should reach the client as an RFC 9457 problem. Services throw subclasses
 * with a meaningful name ({@code ArticleNotFound}); {@link ProblemMappers} renders them.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
