package io.newslens.contracts.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many nlp-service replicas an operator wants. The upper bound (partitions) is checked by the gateway. */
public record ReplicasRequest(
        @Schema(description = "Desired replicas, 0 to the partition count of articles.ingested", example = "3")
        @NotNull(message = "replicas is required") @Min(value = 0, message = "replicas must be 0 or more")
        Integer replicas) {
}
