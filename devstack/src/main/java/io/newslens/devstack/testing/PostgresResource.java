package io.newslens.devstack.testing;

import io.newslens.devstack.infra.Postgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** Starts a real PostgreSQL (fresh cluster, free port) for a {@code @QuarkusTest} and points both datasources at it. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile Postgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = Postgres.start(Files.createTempDirectory("newslens-pg-"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(),
                "quarkus.datasource.username", Postgres.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    public static Postgres postgres() {
        return postgres;
    }
}
