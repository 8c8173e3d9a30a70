package io.newslens.contracts.api;

/**
 * The result of a scaling request.
 *
 * @param mode {@code SCALED} (deployment scale subresource), {@code KEDA_PAUSED} (KEDA holds this count) or
 *             {@code KEDA_RESUMED} (KEDA decides again)
 */
public record ScaleResult(String deployment, Integer replicas, String mode) {
}
