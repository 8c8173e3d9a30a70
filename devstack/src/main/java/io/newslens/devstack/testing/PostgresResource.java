package io.newslens.devstack.testing;

import io.newslens.devstack.infra.Postgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real PostgreSQL (fresh cluster, free port) for a {@code @QuarkusTest} and points both datasources at it.
 * Tests may take it down and bring it back ({@link #stopServer()}, {@link #restartServer()}) to prove what happens
 * during an outage.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile Postgres postgres;
    private static volatile Path dataDir;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        dataDir = TempDir.create("newslens-pg-");
        postgres = Postgres.start(dataDir, 0);
        port = postgres.port();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(),
                "quarkus.datasource.username", Postgres.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        stopServer();
        TempDir.delete(dataDir);
    }

    /** Shuts PostgreSQL down, as an outage would; its port and cluster are kept for {@link #restartServer()}. */
    public static synchronized void stopServer() {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** Starts PostgreSQL again on the same port with the same cluster, so the pools reconnect to the same data. */
    public static synchronized Postgres restartServer() {
        if (postgres == null) {
            postgres = Postgres.start(dataDir, port);
        }
        return postgres;
    }

    public static Postgres postgres() {
        return postgres;
    }
}
