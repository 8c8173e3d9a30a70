package io.newslens.contracts.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.newslens.contracts.api.Problem;
import io.newslens.contracts.validation.TooLarge;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;

/**
 * The exception mappers every newslens service shares: each error leaves as {@code application/problem+json}
 * with the right status, and nothing unexpected ever shows a stack trace. Discovered by Quarkus REST
 * through this module's Jandex index.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    @Provider
    public static class DomainErrors implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return ProblemResponses.of(e.status(), e.title(), e.getMessage(), e.errors());
        }
    }

    /**
     * Bean Validation: 413 when a {@link TooLarge} constraint failed; 400 when only request parameters (query,
     * path, header) are wrong, since the request itself is malformed; otherwise 422 naming each body field.
     */
    @Provider
    public static class ValidationErrors implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .collect(Collectors.toList());
            boolean tooLarge = e.getConstraintViolations().stream().anyMatch(ValidationErrors::isTooLarge);
            boolean parametersOnly = e.getConstraintViolations().stream().allMatch(ValidationErrors::isParameter);
            int status = tooLarge ? 413 : parametersOnly ? 400 : 422;
            String detail = errors.stream().map(Problem.FieldError::message).collect(Collectors.joining("; "));
            return ProblemResponses.of(status, tooLarge ? "Content Too Large"
                    : parametersOnly ? "Invalid parameter" : "Invalid request", detail, errors);
        }

        /** A violation on a method parameter itself ({@code @QueryParam @Max(100) int limit}), not inside a body. */
        private static boolean isParameter(ConstraintViolation<?> v) {
            Path.Node last = null;
            for (Path.Node node : v.getPropertyPath()) {
                last = node;
            }
            return last != null && last.getKind() == ElementKind.PARAMETER;
        }

        private static boolean isTooLarge(ConstraintViolation<?> v) {
            return v.getConstraintDescriptor().getPayload().contains(TooLarge.class);
        }

        /** The last named node: "submit.submission.text" becomes "text", a query parameter keeps its name. */
        private static String fieldName(Path path) {
            return StreamSupport.stream(path.spliterator(), false)
                    .map(Path.Node::getName)
                    .filter(n -> n != null && !n.startsWith("arg"))
                    .reduce((first, second) -> second)
                    .orElse(path.toString());
        }
    }

    /** Malformed JSON is 400; well-formed JSON with a wrong value or type is 422 naming the field. */
    @Provider
    public static class JsonErrors implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            if (e instanceof MismatchedInputException || e instanceof InvalidFormatException
                    || e instanceof UnrecognizedPropertyException) {
                String field = fieldPath((JsonMappingException) e);
                String detail = field.isEmpty()
                        ? "The request body does not have the expected shape"
                        : "Invalid value for field '" + field + "'";
                return ProblemResponses.of(422, "Invalid request", detail,
                        field.isEmpty() ? null : List.of(new Problem.FieldError(field, e.getOriginalMessage())));
            }
            return ProblemResponses.of(400, "Malformed JSON", "The request body is not valid JSON: "
                    + e.getOriginalMessage());
        }

        private static String fieldPath(JsonMappingException e) {
            return e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
    }

    /** Declared for the exact type, so it wins over Quarkus REST's own (non-problem) mapper for it. */
    @Provider
    public static class JsonShapeErrors implements ExceptionMapper<MismatchedInputException> {
        @Override
        public Response toResponse(MismatchedInputException e) {
            return new JsonErrors().toResponse(e);
        }
    }

    /** Errors the framework raises itself (404 route, 405, 406, 415...), with their own status. */
    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            // Quarkus REST wraps Jackson's errors in a plain 400: unwrap them to name the field.
            if (e.getCause() instanceof JsonProcessingException json) {
                return new JsonErrors().toResponse(json);
            }
            int status = e.getResponse().getStatus();
            if (Problem.MEDIA_TYPE.equals(String.valueOf(e.getResponse().getMediaType()))) {
                return e.getResponse();
            }
            if (status >= 500) {
                LOG.error("Request failed", e);
                return ProblemResponses.of(status, ProblemResponses.reason(status), "The server could not answer");
            }
            String detail = status == 415
                    ? "Unsupported media type; this endpoint accepts application/json"
                    : e.getMessage();
            return ProblemResponses.of(status, ProblemResponses.reason(status), detail);
        }
    }

    /**
     * A database that cannot be reached is an outage, not a bug: 503 with Retry-After, logged without a stack.
     * Anything else is our bug: log it with its stack, answer 500 without one.
     */
    @Provider
    public static class UnexpectedErrors implements ExceptionMapper<Exception> {

        /** Seconds a client should wait before trying again while the database is unreachable. */
        static final int RETRY_AFTER_SECONDS = 5;

        @Override
        public Response toResponse(Exception e) {
            if (Unreachable.isCause(e)) {
                LOG.warnf("Database unreachable: %s", e);
                return Response.fromResponse(ProblemResponses.of(503, "Service Unavailable",
                                "The database is unreachable; try again shortly"))
                        .header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
            LOG.error("Unexpected error", e);
            return ProblemResponses.of(500, "Internal Server Error", "Unexpected error; see the server log");
        }
    }
}
