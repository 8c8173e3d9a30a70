package io.newslens.devstack.stack;

import io.newslens.devstack.infra.FreePort;
import java.nio.file.Path;

/**
 * Where the local stack lives and listens.
 *
 * @param rootDir the project checkout, whose {@code <service>/target/quarkus-app} holds the built services
 * @param dataDir Kafka log, PostgreSQL cluster, OpenSearch data and service logs; kept between runs
 * @param apiKey  the admin API key the gateway accepts (configured there by its SHA-256 only)
 * @param nlpInstances nlp-service processes in the same consumer group (the first on {@code nlpPort}, the others on
 *                     free ports); 1 unless scaling out is being measured
 */
public record StackConfig(Path rootDir, Path dataDir, int kafkaPort, int postgresPort, int openSearchPort,
        int gatewayPort,
        int ingestPort, int nlpPort, int queryPort, String apiKey, int nlpInstances) {

    public StackConfig {
        if (nlpInstances < 1) {
            throw new IllegalArgumentException("nlpInstances must be at least 1, was " + nlpInstances);
        }
    }

    /** One nlp-service instance. */
    public StackConfig(Path rootDir, Path dataDir, int kafkaPort, int postgresPort, int openSearchPort,
            int gatewayPort, int ingestPort, int nlpPort, int queryPort, String apiKey) {
        this(rootDir, dataDir, kafkaPort, postgresPort, openSearchPort, gatewayPort, ingestPort, nlpPort, queryPort,
                apiKey, 1);
    }

    /** The documented local ports: gateway 8080, ingest 8081, nlp 8082, query 8083, Kafka 9092, PostgreSQL 15432,
     * OpenSearch 9200.
     */
    public static StackConfig defaults(Path rootDir, Path dataDir, String apiKey) {
        return new StackConfig(rootDir, dataDir, 9092, 15432, 9200, 8080, 8081, 8082, 8083, apiKey);
    }

    /** Every port picked free (tests, benchmarks: several stacks may run at once), a new random API key. */
    public static StackConfig onFreePorts(Path rootDir, Path dataDir, int nlpInstances) {
        return new StackConfig(rootDir, dataDir, FreePort.pick(), FreePort.pick(), FreePort.pick(), FreePort.pick(),
                FreePort.pick(), FreePort.pick(), FreePort.pick(), ApiKeys.generate(), nlpInstances);
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }
}
