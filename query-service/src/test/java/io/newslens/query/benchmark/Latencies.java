package io.newslens.query.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** Response times of one query shape, in milliseconds, with nearest-rank percentiles. */
record Latencies(String shape, double[] millis) {

    double percentile(double p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |", shape, millis.length,
                percentile(50), percentile(95), percentile(99), percentile(100));
    }

    static String header() {
        return "| query | requests | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|";
    }
}
