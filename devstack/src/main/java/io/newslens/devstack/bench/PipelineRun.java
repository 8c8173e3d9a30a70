package io.newslens.devstack.bench;

import io.newslens.contracts.api.ArticleCounts;
import io.newslens.contracts.api.ArticleStatus;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.BatchItemResult;
import io.newslens.contracts.api.BatchItemStatus;
import io.newslens.contracts.api.BatchResult;
import io.newslens.contracts.api.SearchFacets;
import io.newslens.contracts.api.SearchResult;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.devstack.bench.Figures.Point;
import io.newslens.devstack.console.Output;
import io.newslens.devstack.console.Progress;
import io.newslens.devstack.demo.GatewayClient;
import io.newslens.devstack.stack.Stack;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One measured run on a started stack: the articles go through the gateway in batches as fast as it accepts
 * them, while an observer samples, every second, the ENRICHED count (ingest-service's status, via
 * {@code GET /api/v1/status}), what is searchable (one faceted search) and each process's CPU and memory.
 * The run ends when every accepted article is searchable or failed, or at the timeout.
 */
final class PipelineRun {

    /** Batch k is dated FIRST_DAY + k days, so that the day facet counts the searchable articles of each batch. */
    static final Instant FIRST_DAY = Instant.parse("2001-01-01T12:00:00Z");
    private static final long OBSERVE_EVERY_MILLIS = 1000;

    /** What one run measured; times are seconds from the start of the run. */
    record Result(int nlpInstances, int submitted, List<String> acceptedIds, int duplicates, int rejected,
            double submitSeconds, double totalSeconds, boolean complete, long failed,
            List<Double> acceptSeconds, List<Point> enriched, List<SearchableLatencies.Searchable> searchable,
            Map<String, Double> cpuSeconds, Map<String, Long> peakRssMb, double loadBefore, double loadAfter) {

        int accepted() {
            return acceptedIds.size();
        }

        double acceptedPerSecond() {
            return accepted() / submitSeconds;
        }

        double enrichedSteadyRate() {
            double total = enriched.isEmpty() ? 0 : enriched.get(enriched.size() - 1).count();
            return Figures.steadyRate(enriched, total, 0.1, 0.9);
        }

        List<Double> latencies() {
            return searchable.stream().map(SearchableLatencies.Searchable::latency).toList();
        }
    }

    private final Stack stack;
    private final GatewayClient gateway;
    private final PrintStream out;
    private final Output output;
    private final ProcessGroups processes;
    private final SearchableLatencies latencies = new SearchableLatencies();
    private final List<Point> enriched = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> peakRss = Collections.synchronizedMap(new LinkedHashMap<>());
    private final String source = "bench-" + System.currentTimeMillis();
    private volatile long failed;
    private volatile long start;
    private volatile String observerFailure;

    PipelineRun(Stack stack, PrintStream out) {
        this.output = out == System.out ? Output.stdout() : Output.lines(out);
        this.stack = stack;
        this.gateway = new GatewayClient(stack.gatewayUrl(), stack.config().apiKey());
        this.out = out;
        this.processes = new ProcessGroups(stack);
    }

    Result run(List<String> texts, int batchSize) {
        double loadBefore = loadAverage();
        Map<String, ProcessGroups.Usage> before = processes.sample();
        start = System.nanoTime();
        ScheduledExecutorService observer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-observer");
            t.setDaemon(true);
            return t;
        });
        observer.scheduleWithFixedDelay(this::observe, 0, OBSERVE_EVERY_MILLIS, TimeUnit.MILLISECONDS);

        List<String> ids = new ArrayList<>();
        List<Double> acceptSeconds = new ArrayList<>();
        int duplicates = 0;
        int rejected = 0;
        Progress submitted = Progress.start(output, "submitted", texts.size());
        for (int from = 0, batch = 0; from < texts.size(); from += batchSize, batch++) {
            submitted.stepTo(from);
            Instant day = FIRST_DAY.plus(batch, ChronoUnit.DAYS);
            List<ArticleSubmission> submissions = texts.subList(from, Math.min(from + batchSize, texts.size()))
                    .stream().map(text -> new ArticleSubmission(text, null, source, null, day)).toList();
            BatchResult result = gateway.submitBatch(submissions);
            double at = seconds();
            latencies.accepted(batch, at);
            for (BatchItemResult item : result.items()) {
                if (item.status() == BatchItemStatus.ACCEPTED) {
                    ids.add(item.id());
                    acceptSeconds.add(at);
                }
            }
            duplicates += result.duplicates();
            rejected += result.rejected();
        }
        submitted.stepTo(texts.size());
        submitted.close();
        double submitSeconds = seconds();
        out.printf("  %d articles accepted in %.1f s (%d duplicates of earlier texts, %d rejected)%n", ids.size(),
                submitSeconds, duplicates, rejected);

        long timeoutNanos = TimeUnit.SECONDS.toNanos(Math.max(300, 3L * ids.size()));
        try (Progress searchable = Progress.start(output, "searchable", ids.size())) {
            while (latencies.count() + failed < ids.size() && System.nanoTime() - start < timeoutNanos) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                searchable.stepTo(latencies.count() + failed);
            }
        }
        if (observerFailure != null) {
            out.println("  the observer's last sample failed: " + observerFailure);
        }
        observer.shutdown();
        awaitTermination(observer);
        observe();
        double total = seconds();
        boolean complete = latencies.count() + failed >= ids.size();
        Map<String, ProcessGroups.Usage> after = processes.sample();
        Map<String, Double> cpu = new LinkedHashMap<>();
        after.forEach((group, usage) -> cpu.put(group,
                usage.cpuSeconds() - before.getOrDefault(group, new ProcessGroups.Usage(0, 0)).cpuSeconds()));
        return new Result(stack.config().nlpInstances(), texts.size(), List.copyOf(ids), duplicates, rejected,
                submitSeconds, total, complete, failed, List.copyOf(acceptSeconds), List.copyOf(enriched),
                latencies.all(), cpu, orderedCopy(peakRss), loadBefore, loadAverage());
    }

    /** The accepted articles as the pipeline got them (clean text, metadata), for the raw engine run. */
    List<ArticleIngested> stored(List<String> ids) {
        List<ArticleIngested> articles = new ArrayList<>();
        for (String id : ids) {
            gateway.get(id).ifPresent(a -> articles.add(new ArticleIngested(ArticleIngested.SCHEMA_VERSION, a.id(),
                    a.title(), a.source(), a.url(), a.publishedAt(), a.language(), a.text(), a.ingestedAt(),
                    a.duplicateOf())));
        }
        return articles;
    }

    /** One observation; never throws, since a failed scheduled task would silently end the observer. */
    private void observe() {
        try {
            double at = seconds();
            processes.sample().forEach((group, usage) -> peakRss.merge(group, usage.rssMb(), Math::max));
            ArticleCounts counts = gateway.status().articles();
            if (counts != null) {
                enriched.add(new Point(at, counts.byStatus().getOrDefault(ArticleStatus.ENRICHED, 0L)));
                failed = counts.byStatus().getOrDefault(ArticleStatus.FAILED, 0L);
            }
            SearchResult result = gateway.facetsOfSource(source, "days");
            latencies.observe(at, byBatch(result.facets()));
            observerFailure = null;
        } catch (RuntimeException e) {
            observerFailure = e.getMessage();
        }
    }

    /** In the groups' order (services, OpenSearch, PostgreSQL, launcher), as the CPU split. */
    private static Map<String, Long> orderedCopy(Map<String, Long> map) {
        synchronized (map) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }

    static Map<Integer, Long> byBatch(SearchFacets facets) {
        Map<Integer, Long> counts = new HashMap<>();
        if (facets != null && facets.days() != null) {
            LocalDate first = LocalDate.ofInstant(FIRST_DAY, ZoneOffset.UTC);
            facets.days().forEach(d -> counts.put((int) ChronoUnit.DAYS.between(first, d.day()), d.count()));
        }
        return counts;
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void awaitTermination(ScheduledExecutorService executor) {
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
