package io.newslens.ingest.service;

import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.Problem;
import java.util.List;

/** One item of a batch as read from the request: a valid submission, or already rejected. */
public sealed interface BatchItem {

    int index();

    record Valid(int index, ArticleSubmission submission) implements BatchItem {
    }

    record Rejected(int index, String reason, List<Problem.FieldError> errors) implements BatchItem {
    }
}
