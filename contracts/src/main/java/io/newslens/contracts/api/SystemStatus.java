package io.newslens.contracts.api;

import java.util.List;

/**
 * What an operator looks at first: is each service ready, and how far behind is the NLP step.
 *
 * @param nlpBacklog null when Kafka cannot be reached (then {@code problems} says so)
 * @param articles   stored articles by status; null when ingest-service cannot say (then {@code problems} says so)
 */
public record SystemStatus(String version, List<ServiceReadiness> services, Backlog nlpBacklog,
        ArticleCounts articles, List<String> problems) {

    /**
     * One service's {@code /q/health/ready}, as the gateway sees it.
     *
     * @param version the version its readiness answer reports; null when it could not be read
     */
    public record ServiceReadiness(String name, boolean ready, String detail, String version) {
    }

    /** Messages of {@code topic} that consumer {@code group} has not processed yet. */
    public record Backlog(String group, String topic, int partitions, long lag) {
    }
}
