package io.newslens.contracts.problem;

import io.newslens.contracts.api.Problem;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds {@code application/problem+json} responses; the one place a problem body is assembled. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(int status, String title, String detail) {
        return of(status, title, detail, null);
    }

    public static Response of(int status, String title, String detail, List<Problem.FieldError> errors) {
        Problem problem = new Problem(typeFor(status), title, status, detail, null, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A stable, documented type URI per status: clients can switch on it. */
    public static String typeFor(int status) {
        return "https://newslens.io/problems/" + status;
    }

    /** The RFC 9110 reason phrase, used as title when nothing more specific is known. */
    public static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "Error";
        };
    }
}
