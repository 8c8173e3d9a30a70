package io.newslens.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Where an article is in the pipeline, and when it got to each step.
 *
 * @param status  the current status
 * @param reason  why it {@link ArticleStatus#FAILED}; null otherwise
 * @param history every status it has reached, oldest first, with the instant it got there
 * @param duplicateOf id of the earlier article this one near-duplicates; null (absent) otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleStatusView(String id, ArticleStatus status, String reason, List<StatusChange> history,
        String duplicateOf) {

    /** The article reached {@code status} at {@code at}. */
    public record StatusChange(ArticleStatus status, Instant at) {
    }
}
