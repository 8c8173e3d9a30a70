package io.newslens.contracts.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many nlp-service replicas an operator wants. The upper bound (partitions) is checked by the gateway. */
public record ReplicasRequest(
        @NotNull(message = "replicas is required") @Min(value = 0, message = "replicas must be 0 or more")
        Integer replicas) {
}
