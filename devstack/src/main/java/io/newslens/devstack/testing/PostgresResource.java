package io.newslens.devstack.testing;

import io.newslens.devstack.infra.Postgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/** Starts a real PostgreSQL (fresh cluster, free port) for a {@code @QuarkusTest} and points both datasources at it. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile Postgres postgres;
    private Path dataDir;

    @Override
    public Map<String, String> start() {
        dataDir = TempDir.create("newslens-pg-");
        postgres = Postgres.start(dataDir, 0);
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
        TempDir.delete(dataDir);
    }

    public static Postgres postgres() {
        return postgres;
    }
}
