package io.newslens.query.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * CPU time of this JVM's threads by name, to split the JVM's share of a benchmark between query-service and what
 * only the benchmark runs in the same process: the in-process Kafka broker and the benchmark's producer. Threads that
 * ended between two samples are missing from both, so the split is a lower bound for each side.
 */
final class ThreadCpu {

    /**
     * Threads of the in-process KRaft broker (request handlers, network, raft, metadata, coordinators, log) and of the
     * benchmark's producer; query-service itself runs only Kafka consumers, whose threads name "consumer" or its
     * group ("kafka-coordinator-heartbeat-thread | query-service").
     */
    private static final Pattern KAFKA_SIDE = Pattern.compile(
            "(?i)(?!.*(consumer|query-service)).*(kafka|raft|quorum|broker|controller|coordinator|ExpirationReaper"
                    + "|LogDirFailureHandler).*");

    private final Map<Long, Long> nanos;
    private final Map<Long, String> names;

    private ThreadCpu(Map<Long, Long> nanos, Map<Long, String> names) {
        this.nanos = nanos;
        this.names = names;
    }

    static ThreadCpu sample() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> nanos = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                nanos.put(info.getThreadId(), cpu);
                names.put(info.getThreadId(), info.getThreadName());
            }
        }
        return new ThreadCpu(nanos, names);
    }

    /**
     * Milliseconds per item since {@code before}: "service x / Kafka broker and producer y", and the busiest threads
     * of each side.
     */
    String describeSince(ThreadCpu before, int items) {
        double service = 0;
        double kafka = 0;
        Map<String, Double> byGroup = new TreeMap<>();
        for (var e : nanos.entrySet()) {
            long spent = e.getValue() - before.nanos.getOrDefault(e.getKey(), 0L);
            String name = names.get(e.getKey());
            double ms = spent / 1e6 / items;
            if (KAFKA_SIDE.matcher(name).matches()) {
                kafka += ms;
            } else {
                service += ms;
            }
            byGroup.merge(name.replaceAll("[0-9]+", "N"), ms, Double::sum);
        }
        StringBuilder top = new StringBuilder();
        byGroup.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(12)
                .forEach(e -> top.append(String.format(java.util.Locale.ROOT, "%n  %.3f  %s%s", e.getValue(),
                        e.getKey(), KAFKA_SIDE.matcher(e.getKey()).matches() ? "  (Kafka side)" : "")));
        return String.format(java.util.Locale.ROOT,
                "JVM threads, CPU ms per event: query-service %.2f / Kafka broker and producer %.2f; busiest:%s",
                service, kafka, top);
    }
}
