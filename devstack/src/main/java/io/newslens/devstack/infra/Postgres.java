package io.newslens.devstack.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL server (zonky embedded binaries) with the {@code newslens} database.
 * Its data directory is kept between runs, so stored articles survive restarts.
 */
public final class Postgres implements AutoCloseable {

    public static final String DATABASE = "newslens";
    public static final String USER = "postgres";

    private final EmbeddedPostgres server;
    private final Path dataDir;

    private Postgres(EmbeddedPostgres server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    /**
     * Starts PostgreSQL on {@code port} (0 = any free port) with its cluster in {@code dataDir}, as the embedded
     * binaries run by default: without {@code fsync} and with {@code synchronous_commit} off, so a crash of the
     * machine (or of PostgreSQL, for the last commits) may lose what was acknowledged. Fast, for tests.
     */
    public static Postgres start(Path dataDir, int port) {
        return start(dataDir, port, false);
    }

    /**
     * As {@link #start(Path, int)}; {@code durable} turns {@code fsync} and {@code synchronous_commit} back on, as a
     * production server has them: a commit returns only once its WAL is on disk.
     */
    public static Postgres start(Path dataDir, int port, boolean durable) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (durable) {
                // The embedded binaries start with -F (no fsync) and synchronous_commit=off; -c options come later
                // on the command line and win.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres server = builder
                    .setDataDirectory(dataDir.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setPort(FreePort.orFree(port))
                    .setServerConfig("max_connections", "200")
                    // As the cluster in k8s/infra/postgres.yaml: the read model's working set (rollups, facts) at
                    // 100,000 articles outgrows the default 128 MB (docs/benchmarks.md, projection throughput).
                    .setServerConfig("shared_buffers", "512MB")
                    // The projection writes about 50 kB of WAL per real article; with the default 1 GB a checkpoint
                    // came every ~10 s under load, and each one makes the next change of every page write a full
                    // page image: 7 checkpoints and 5x the full-page images over 60,000 events, 17% more WAL. Less
                    // I/O; no change in CPU or rate here (docs/benchmarks.md, projection throughput, session 9).
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .start();
            createDatabase(server);
            return new Postgres(server, dataDir.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDir, e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /**
     * The server's postmaster, whose descendants are the back-ends: from the first line of
     * {@code postmaster.pid}, which PostgreSQL writes in its data directory. Empty when it is not running.
     */
    public Optional<ProcessHandle> postmaster() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String reactiveUrl() {
        return "postgresql://localhost:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDatabase(EmbeddedPostgres server) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE, e);
        }
    }
}
