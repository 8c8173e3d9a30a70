package io.newslens.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The benchmark's figures as one console line and as a row of docs/benchmarks.md. */
final class Report {

    private Report() {
    }

    static String summary(PipelineRun.Result run, RawEngine.Result raw) {
        List<Double> latencies = run.latencies();
        return String.format(Locale.ROOT, "%d nlp instance(s): %d accepted at %.0f/s; enriched %.2f/s at steady state%s; "
                        + "accept → searchable p50 %.1f s, p95 %.1f s, p99 %.1f s%s; CPU %s",
                run.nlpInstances(), run.accepted(), run.acceptedPerSecond(), run.enrichedSteadyRate(),
                raw == null ? "" : String.format(Locale.ROOT, " (raw engine %.2f/s, ratio %.2f)",
                        raw.articlesPerSecond(), Figures.ratio(run.enrichedSteadyRate(), raw.articlesPerSecond())),
                Figures.percentile(latencies, 50), Figures.percentile(latencies, 95), Figures.percentile(latencies, 99),
                run.complete() ? "" : " — INCOMPLETE: " + run.searchable().size() + " searchable at the timeout",
                cpuSplit(run.cpuSeconds()));
    }

    static String row(PipelineRun.Result run, PipelineRun.Result first, RawEngine.Result raw, int articles,
            int corpusSize, String command, Path plot) {
        List<Double> latencies = run.latencies();
        String scale = run == first ? "" : String.format(Locale.ROOT, " (×%.2f vs %d instance)",
                run.enrichedSteadyRate() / first.enrichedSteadyRate(), first.nlpInstances());
        String cells = String.join(" | ",
                LocalDate.now(ZoneOffset.UTC).toString(),
                machine(),
                "`" + command + "`",
                String.format(Locale.ROOT, "%,d of %,d (%,d stored, %d exact duplicates)%s", articles, corpusSize,
                        run.accepted(), run.duplicates(), run.complete() ? ""
                                : String.format(Locale.ROOT, "; **incomplete**: %,d searchable at the timeout",
                                        run.searchable().size())),
                String.valueOf(run.nlpInstances()),
                String.format(Locale.ROOT, "%.0f", run.acceptedPerSecond()),
                String.format(Locale.ROOT, "%.2f%s", run.enrichedSteadyRate(), scale),
                raw == null ? "–" : String.format(Locale.ROOT, "%.2f (%.2f cores busy, load %.1f → %.1f)",
                        raw.articlesPerSecond(), raw.cpuSeconds() / raw.seconds(), raw.loadBefore(), raw.loadAfter()),
                raw == null ? "–" : ratios(run, raw),
                String.format(Locale.ROOT, "%.0f / %.0f / %.0f s", Figures.percentile(latencies, 50),
                        Figures.percentile(latencies, 95), Figures.percentile(latencies, 99)),
                run.peakRssMb().entrySet().stream().map(e -> shortName(e.getKey()) + " " + e.getValue())
                        .collect(Collectors.joining(", ")),
                cpuSplit(run.cpuSeconds()) + cpuTotal(run),
                String.format(Locale.ROOT, "%.1f → %.1f", run.loadBefore(), run.loadAfter()),
                "[png](" + plot + ")");
        return "| " + cells + " |";
    }

    static String cpuSplit(Map<String, Double> cpuSeconds) {
        return Figures.sharesPercent(cpuSeconds).entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f%%", shortName(e.getKey()), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /**
     * The measured throughput ratio, then CPU seconds per article (raw engine, the pipeline's nlp-service
     * processes, the whole stack) and the ratio they predict where the stack has the cores to itself: the
     * articles per CPU-second of the stack over the raw engine's. On a shared machine the wall-clock ratio depends
     * on how the scheduler shares the cores; the CPU figures do not.
     */
    static String ratios(PipelineRun.Result run, RawEngine.Result raw) {
        double stack = run.cpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        double nlp = run.cpuSeconds().entrySet().stream().filter(e -> e.getKey().startsWith("nlp-service"))
                .mapToDouble(Map.Entry::getValue).sum();
        double rawPerArticle = raw.cpuSeconds() / raw.articles();
        return String.format(Locale.ROOT, "**%.2f** (CPU-s per article: raw %.2f, nlp %.2f, stack %.2f → %.2f "
                        + "with the cores to itself)", Figures.ratio(run.enrichedSteadyRate(), raw.articlesPerSecond()),
                rawPerArticle, nlp / run.accepted(), stack / run.accepted(),
                Figures.ratio(run.accepted() / stack, 1 / rawPerArticle));
    }

    /** The stack's CPU time over the run, and how many of the machine's cores that kept busy on average. */
    private static String cpuTotal(PipelineRun.Result run) {
        double cpu = run.cpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        return String.format(Locale.ROOT, " (of %.0f CPU-s in %.0f s: %.2f of %d cores busy)", cpu, run.totalSeconds(),
                cpu / run.totalSeconds(), Runtime.getRuntime().availableProcessors());
    }

    static String shortName(String group) {
        if (group.equals(ProcessGroups.LAUNCHER)) {
            return "launcher+Kafka";
        }
        return group.replace("-service-", "#").replace("-service", "");
    }

    /** Cores, CPU model, memory and JDK, from /proc and the JVM. */
    static String machine() {
        String model = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        long gib = memory == null ? -1 : Math.round(Long.parseLong(memory.replaceAll("\\D", "")) / 1024.0 / 1024.0);
        return String.format(Locale.ROOT, "%d cores%s, %d GiB, JDK %s", Runtime.getRuntime().availableProcessors(),
                model == null ? "" : " (" + model + ")", gib, System.getProperty("java.version"));
    }

    private static String firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
