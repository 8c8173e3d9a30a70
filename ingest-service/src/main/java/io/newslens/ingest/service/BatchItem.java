package io.newslens.ingest.service;

import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.Problem;
import java.util.List;

/** One item of a batch as read from the request: a valid submission, or already rejected. */
public sealed interface BatchItem {

    int index();

    /**
     * @param raw the input as it arrived when it was not the submission's text (an uploaded HTML page); stored
     *            untouched as the article's raw input. Null: the text is the raw input.
     */
    record Valid(int index, ArticleSubmission submission, String raw) implements BatchItem {

        public Valid(int index, ArticleSubmission submission) {
            this(index, submission, null);
        }
    }

    record Rejected(int index, String reason, List<Problem.FieldError> errors) implements BatchItem {
    }
}
