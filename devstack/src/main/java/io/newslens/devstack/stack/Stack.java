package io.newslens.devstack.stack;

import io.newslens.devstack.infra.FreePort;
import io.newslens.devstack.infra.KafkaBroker;
import io.newslens.devstack.infra.OpenSearchNode;
import io.newslens.devstack.infra.Postgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole system on one machine: Kafka and PostgreSQL in this JVM, OpenSearch and the four services as child
 * processes (OpenSearch from devstack's copy of its distribution, the services from their built jars), each
 * pointed at the others. Closing it stops everything, services first.
 */
public final class Stack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final StackConfig config;
    private final KafkaBroker kafka;
    private final Postgres postgres;
    private final OpenSearchNode openSearch;
    private final List<ServiceProcess> services;

    private Stack(StackConfig config, KafkaBroker kafka, Postgres postgres, OpenSearchNode openSearch,
            List<ServiceProcess> services) {
        this.config = config;
        this.kafka = kafka;
        this.postgres = postgres;
        this.openSearch = openSearch;
        this.services = services;
    }

    /** Starts everything and returns once every service reports ready. */
    public static Stack start(StackConfig config, Consumer<String> progress) {
        Path data = config.dataDir().toAbsolutePath();
        progress.accept("Starting PostgreSQL on port " + config.postgresPort() + " ...");
        Postgres postgres = Postgres.start(data.resolve("postgres"), config.postgresPort());
        progress.accept("Starting Kafka on port " + config.kafkaPort() + " ...");
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(data.resolve("kafka"), config.kafkaPort());
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        progress.accept("Starting OpenSearch on port " + config.openSearchPort() + " ...");
        OpenSearchNode openSearch;
        try {
            openSearch = OpenSearchNode.start(data.resolve("opensearch"), config.openSearchPort());
        } catch (RuntimeException e) {
            kafka.close();
            postgres.close();
            throw e;
        }
        List<ServiceProcess> services = new ArrayList<>();
        Stack stack = new Stack(config, kafka, postgres, openSearch, services);
        try {
            Path logs = data.resolve("logs");
            Map<String, String> infra = Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                    "quarkus.datasource.reactive.url", postgres.reactiveUrl(),
                    "quarkus.datasource.username", Postgres.USER);
            progress.accept("Starting services (logs in " + logs + ") ...");
            services.add(ServiceProcess.start(config.rootDir(), "ingest-service", config.ingestPort(),
                    List.of("-Xmx512m"), infra, logs));
            services.add(ServiceProcess.start(config.rootDir(), "nlp-service", config.nlpPort(),
                    List.of("-Xmx2g"), Map.of("kafka.bootstrap.servers", kafka.bootstrapServers()), logs));
            for (int instance = 2; instance <= config.nlpInstances(); instance++) {
                // Same consumer group (application.properties): Kafka splits the partitions between instances.
                services.add(ServiceProcess.start(config.rootDir(), "nlp-service", "nlp-service-" + instance,
                        FreePort.pick(), List.of("-Xmx2g"), Map.of("kafka.bootstrap.servers", kafka.bootstrapServers()),
                        logs));
            }
            Map<String, String> query = new HashMap<>(infra);
            query.put("newslens.query.opensearch.url", openSearch.url());
            services.add(ServiceProcess.start(config.rootDir(), "query-service", config.queryPort(),
                    List.of("-Xmx512m"), query, logs));
            services.add(ServiceProcess.start(config.rootDir(), "gateway", config.gatewayPort(),
                    List.of("-Xmx256m"), Map.of(
                            "quarkus.rest-client.ingest.url", "http://localhost:" + config.ingestPort(),
                            "quarkus.rest-client.nlp.url", "http://localhost:" + config.nlpPort(),
                            "quarkus.rest-client.query.url", "http://localhost:" + config.queryPort(),
                            "newslens.gateway.api-keys.local.sha256", ApiKeys.sha256Hex(config.apiKey()),
                            "newslens.gateway.api-keys.local.role", "admin"), logs));
            for (ServiceProcess service : services) {
                service.awaitReady(READY_TIMEOUT);
                progress.accept("  " + service.name() + " ready at " + service.url());
            }
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public StackConfig config() {
        return config;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public Postgres postgres() {
        return postgres;
    }

    public OpenSearchNode openSearch() {
        return openSearch;
    }

    public List<ServiceProcess> services() {
        return Collections.unmodifiableList(services);
    }

    public String gatewayUrl() {
        return config.gatewayUrl();
    }

    @Override
    public void close() {
        List<ServiceProcess> reversed = new ArrayList<>(services);
        Collections.reverse(reversed);
        reversed.forEach(ServiceProcess::close);
        openSearch.close();
        kafka.close();
        postgres.close();
    }
}
