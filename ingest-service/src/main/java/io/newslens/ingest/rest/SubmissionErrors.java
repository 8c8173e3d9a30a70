package io.newslens.ingest.rest;

import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** Bean Validation violations of a submission as the field errors a batch item or problem names. */
final class SubmissionErrors {

    private SubmissionErrors() {
    }

    static List<Problem.FieldError> of(Collection<ConstraintViolation<ArticleSubmission>> violations) {
        return violations.stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    }

    private static String fieldName(Path path) {
        return StreamSupport.stream(path.spliterator(), false).map(Path.Node::getName)
                .filter(n -> n != null).reduce((first, second) -> second).orElse(path.toString());
    }
}
