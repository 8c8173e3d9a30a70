package io.newslens.contracts.validation;

import jakarta.validation.Payload;

/**
 * Marks a size constraint whose violation means "content too large" (HTTP 413) rather than
 * "invalid content" (422), so one validation pass yields the right status.
 */
public interface TooLarge extends Payload {
}
