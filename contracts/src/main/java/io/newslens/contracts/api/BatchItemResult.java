package io.newslens.contracts.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The outcome of one item of a batch.
 *
 * @param index  0-based position of the item in the JSON array, or of the line among the NDJSON body's non-blank lines
 * @param id     the stored (or existing) article's id; null when rejected
 * @param reason why the item was rejected; null otherwise
 * @param errors the invalid fields of a rejected item (same shape as a problem's {@code errors}); null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItemResult(int index, BatchItemStatus status, String id, String reason,
        List<Problem.FieldError> errors) {

    public static BatchItemResult accepted(int index, String id) {
        return new BatchItemResult(index, BatchItemStatus.ACCEPTED, id, null, null);
    }

    public static BatchItemResult duplicate(int index, String id) {
        return new BatchItemResult(index, BatchItemStatus.DUPLICATE, id, null, null);
    }

    public static BatchItemResult rejected(int index, String reason, List<Problem.FieldError> errors) {
        return new BatchItemResult(index, BatchItemStatus.REJECTED, null, reason,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }
}
