package io.newslens.contracts.api;

/**
 * One newslens deployment as Kubernetes reports it.
 *
 * @param autoscaler {@code KEDA}, {@code HPA} or null; {@code pausedAt} is KEDA's paused replica count, if any
 */
public record DeploymentStatus(String name, int desiredReplicas, int readyReplicas, String autoscaler,
        Integer pausedAt) {
}
