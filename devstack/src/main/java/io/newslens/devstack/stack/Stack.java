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
    // Not final: fault tests stop and start them again (same data directory, same port).
    private volatile KafkaBroker kafka;
    private volatile Postgres postgres;
    private final int kafkaPort;
    private final int postgresPort;
    private final OpenSearchNode openSearch;
    private final List<ServiceProcess> services;

    private Stack(StackConfig config, KafkaBroker kafka, Postgres postgres, OpenSearchNode openSearch,
            List<ServiceProcess> services) {
        this.config = config;
        this.kafka = kafka;
        this.postgres = postgres;
        this.kafkaPort = kafka.port();
        this.postgresPort = postgres.port();
        this.openSearch = openSearch;
        this.services = services;
    }

    /** Starts everything and returns once every service reports ready. */
    public static Stack start(StackConfig config, Consumer<String> progress) {
        Path data = config.dataDir().toAbsolutePath();
        progress.accept("Starting PostgreSQL on port " + config.postgresPort() + " ...");
        // Durable: an article acknowledged by the local system must survive a crash (devstack/README.md).
        Postgres postgres = Postgres.start(data.resolve("postgres"), config.postgresPort(), true);
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

    /** The running process of service {@code name} (ingest-service, nlp-service, query-service, gateway). */
    public synchronized ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service named " + name));
    }

    /**
     * Starts service {@code name} again with its jar, port and settings, once its process has ended (it is stopped
     * gracefully first if it still runs), and returns when it is ready: the restart after a crash, for fault tests.
     */
    public synchronized ServiceProcess restartService(String name) {
        ServiceProcess old = service(name);
        if (old.isAlive()) {
            old.close();
        }
        ServiceProcess restarted = old.startAgain();
        services.set(services.indexOf(old), restarted);
        restarted.awaitReady(READY_TIMEOUT);
        return restarted;
    }

    /** Shuts the Kafka broker down, as an outage would; {@link #startKafka()} brings it back on the same port. */
    public synchronized void stopKafka() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    /** Starts the broker again on its port with its log, so the services' clients reconnect and nothing is lost. */
    public synchronized void startKafka() {
        if (kafka == null) {
            kafka = KafkaBroker.start(config.dataDir().toAbsolutePath().resolve("kafka"), kafkaPort);
        }
    }

    /** Shuts PostgreSQL down (fast mode: open connections are cut), as an outage would. */
    public synchronized void stopPostgres() {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** Starts PostgreSQL again on its port with its cluster, so the services' pools reconnect to the same data. */
    public synchronized void startPostgres() {
        if (postgres == null) {
            postgres = Postgres.start(config.dataDir().toAbsolutePath().resolve("postgres"), postgresPort, true);
        }
    }

    public String gatewayUrl() {
        return config.gatewayUrl();
    }

    @Override
    public synchronized void close() {
        List<ServiceProcess> reversed = new ArrayList<>(services);
        Collections.reverse(reversed);
        reversed.forEach(ServiceProcess::close);
        openSearch.close();
        stopKafka();
        stopPostgres();
    }
}
