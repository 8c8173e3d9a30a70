package io.newslens.query.benchmark;

import io.vertx.mutiny.sqlclient.Pool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU seconds (user + system, from {@code /proc/<pid>/stat}) of the benchmark's stack: this JVM (the service, and
 * the in-process Kafka broker and producer where a benchmark has them), its child processes (the OpenSearch node)
 * and the PostgreSQL server (the postmaster and its backends, which are not our children: pg_ctl detaches them).
 */
record StackCpu(double jvm, double openSearch, double postgres) {

    /** Linux clock ticks per second (USER_HZ), the unit of utime and stime. */
    private static final double TICKS = 100.0;

    /** What the stack has used so far; {@code pool} names the PostgreSQL server. */
    static StackCpu sample(Pool pool) {
        ProcessHandle self = ProcessHandle.current();
        return new StackCpu(seconds(self.pid()), self.descendants().mapToDouble(p -> seconds(p.pid())).sum(),
                ProcessHandle.of(postmaster(pool)).stream().flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                        .mapToDouble(p -> seconds(p.pid())).sum());
    }

    double total() {
        return jvm + openSearch + postgres;
    }

    StackCpu minus(StackCpu before) {
        return new StackCpu(jvm - before.jvm, openSearch - before.openSearch, postgres - before.postgres);
    }

    /** Milliseconds per item. */
    StackCpu per(int items) {
        return new StackCpu(jvm * 1000 / items, openSearch * 1000 / items, postgres * 1000 / items);
    }

    /** "total (JVM / OpenSearch / PostgreSQL)", two decimals. */
    String describe() {
        return String.format(java.util.Locale.ROOT, "%.2f (%.2f / %.2f / %.2f)", total(), jvm, openSearch, postgres);
    }

    /** The 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "n/a";
        }
    }

    /** The PostgreSQL server's pid: the first line of postmaster.pid in its data directory. */
    private static long postmaster(Pool pool) {
        String dataDirectory = pool.query("SHOW data_directory").execute().await().atMost(Duration.ofSeconds(10))
                .iterator().next().getString(0);
        try {
            return Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // fields after the command name, which is in parentheses and may contain spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0; // the process has ended
        }
    }
}
