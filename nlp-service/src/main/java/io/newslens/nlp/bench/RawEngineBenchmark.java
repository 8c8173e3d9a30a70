package io.newslens.nlp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.nlp.config.NlpConfig;
import io.newslens.nlp.service.ArticleEnricher;
import io.newslens.nlp.service.NlpMetrics;
import io.newslens.nlp.service.NlpPipeline;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The physical limit of the NLP step on this machine: the service's enrichment ({@link ArticleEnricher}, i.e.
 * CoreNLP with the service's settings plus our layers) over given articles, in one JVM, on a pool of
 * {@code newslens.nlp.worker-threads} threads as the service's {@code nlp-pool}, with no Kafka, HTTP or database.
 * {@code ./newslens bench} runs it from the built service's classpath and compares the pipeline with it.
 *
 * <p>Settings come from the service's own {@code application.properties} (prod profile), overridable with
 * {@code -Dnewslens.nlp.*} as for the service. Arguments: {@code --articles=FILE} (one {@link ArticleIngested}
 * JSON per line, as the pipeline saw them) or {@code --corpus=DIR} (every {@code .txt} file of DIR, read in place as
 * an article: see {@link CorpusArticles}), {@code --warm-up=N} (articles run once before timing, default 50),
 * {@code --write-events=FILE} (optional: each article's {@link ArticleEnriched} of the timed run, the event the service
 * would publish, one JSON per line, for query-service's read-model benchmark). Prints progress to stderr and, last
 * on stdout, {@code RESULT {json}}.
 */
public final class RawEngineBenchmark {

    private RawEngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = Integer.parseInt(arg(args, "warm-up", "50"));
        String eventsFile = arg(args, "write-events", null);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        String corpus = arg(args, "corpus", null);
        List<ArticleIngested> articles = corpus != null ? CorpusArticles.read(Path.of(corpus))
                : read(json, Path.of(arg(args, "articles", "articles.ndjson")));
        NlpConfig config = serviceConfig();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        NlpMetrics metrics = new NlpMetrics(registry);
        NlpPipeline pipeline = new NlpPipeline(config, metrics);
        long loadStart = System.nanoTime();
        pipeline.load();
        if (!pipeline.isReady()) {
            throw new IllegalStateException("pipeline did not load", pipeline.failure().orElse(null));
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        ArticleEnricher enricher = new ArticleEnricher(pipeline, metrics);
        System.err.printf("raw engine: %d articles, %d worker threads, warm-up on %d%n", articles.size(),
                config.workerThreads(), Math.min(warmUp, articles.size()));
        run(enricher, articles.subList(0, Math.min(warmUp, articles.size())), config.workerThreads());

        double tokensBefore = registry.get("newslens_nlp_tokens").counter().count();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        List<ArticleEnriched> enriched = run(enricher, articles, config.workerThreads());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        double tokens = registry.get("newslens_nlp_tokens").counter().count() - tokensBefore;

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("articles", articles.size());
        result.put("tokens", (long) tokens);
        result.put("seconds", seconds);
        result.put("articlesPerSecond", articles.size() / seconds);
        result.put("cpuSeconds", cpuSeconds);
        result.put("workerThreads", config.workerThreads());
        result.put("annotators", config.annotators());
        result.put("sutime", config.sutime());
        result.put("fineGrainedNer", config.fineGrainedNer());
        result.put("loadSeconds", loadSeconds);
        result.put("rssMb", procStatusMb("VmRSS"));
        result.put("peakRssMb", procStatusMb("VmHWM"));
        if (eventsFile != null) {
            writeEvents(json, enriched, Path.of(eventsFile));
        }
        System.out.println("RESULT " + json.writeValueAsString(result));
    }

    private static List<ArticleIngested> read(ObjectMapper json, Path file) throws IOException {
        List<ArticleIngested> articles = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                articles.add(json.readValue(line, ArticleIngested.class));
            }
        }
        return articles;
    }

    private static void writeEvents(ObjectMapper json, List<ArticleEnriched> events, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // written next to the target and moved, so that a reader never sees half a file
        Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".partial");
        try (var out = Files.newBufferedWriter(partial)) {
            for (ArticleEnriched event : events) {
                out.write(json.writeValueAsString(event));
                out.newLine();
            }
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.err.printf("raw engine: wrote %d ArticleEnriched events to %s%n", events.size(), file);
    }

    /**
     * Enriches every article on a fixed pool of {@code threads}, one article per task, as the service's pool does;
     * returns the events in article order.
     */
    private static List<ArticleEnriched> run(ArticleEnricher enricher, List<ArticleIngested> articles, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ArticleEnriched>> done = new ArrayList<>();
            for (ArticleIngested article : articles) {
                done.add(pool.submit(() -> enricher.enrich(article)));
            }
            List<ArticleEnriched> events = new ArrayList<>(done.size());
            for (Future<ArticleEnriched> f : done) {
                events.add(f.get());
            }
            return events;
        } finally {
            pool.shutdown();
        }
    }

    /** The service's NLP settings: its application.properties (prod profile) under system properties. */
    static NlpConfig serviceConfig() throws IOException {
        URL properties = RawEngineBenchmark.class.getClassLoader().getResource("application.properties");
        if (properties == null) {
            throw new IllegalStateException("application.properties of nlp-service is not on the classpath");
        }
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile("prod")
                .addDefaultSources()
                .withSources(new PropertiesConfigSource(properties, 250))
                .withMapping(NlpConfig.class)
                .build();
        return config.getConfigMapping(NlpConfig.class);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long procStatusMb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
            }
        }
        return -1;
    }

    private static String arg(String[] args, String name, String fallback) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return a.substring(name.length() + 3);
            }
        }
        return fallback;
    }
}
