package io.newslens.devstack.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accept → searchable latency of every article, from per-batch counts. Each batch of a run carries its own
 * publication day, so one search (the run's source, faceted by day) tells how many articles of each batch are
 * searchable; the articles that turned searchable since the previous observation get latency = observation time −
 * their batch's accept time. So the latency is exact up to the observation interval (an upper bound by at most
 * that), at the cost of one search per observation instead of one per article. Thread-safe.
 */
final class SearchableLatencies {

    /** One article became searchable at {@code seconds} (run time), {@code latency} seconds after it was accepted. */
    record Searchable(double seconds, double latency) {
    }

    private final Map<Integer, Double> acceptedAt = new HashMap<>();
    private final Map<Integer, Long> seen = new HashMap<>();
    private final List<Searchable> searchable = new ArrayList<>();

    /** Batch {@code batch} was accepted (its answer received) at {@code seconds}. */
    synchronized void accepted(int batch, double seconds) {
        acceptedAt.put(batch, seconds);
    }

    /**
     * At {@code seconds}, {@code countByBatch} articles of each batch were searchable. Batches whose accept time is
     * not recorded yet are left for a later observation.
     */
    synchronized void observe(double seconds, Map<Integer, Long> countByBatch) {
        countByBatch.forEach((batch, count) -> {
            Double accepted = acceptedAt.get(batch);
            long before = seen.getOrDefault(batch, 0L);
            if (accepted == null || count <= before) {
                return;
            }
            for (long i = before; i < count; i++) {
                searchable.add(new Searchable(seconds, seconds - accepted));
            }
            seen.put(batch, count);
        });
    }

    synchronized long count() {
        return searchable.size();
    }

    synchronized List<Searchable> all() {
        return List.copyOf(searchable);
    }

    synchronized List<Double> latencies() {
        return searchable.stream().map(Searchable::latency).toList();
    }
}
