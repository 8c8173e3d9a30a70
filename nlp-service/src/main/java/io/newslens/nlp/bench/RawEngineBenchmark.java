package io.newslens.nlp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
 * JSON per line, as the pipeline saw them), {@code --warm-up=N} (articles run once before timing, default 50).
 * Prints progress to stderr and, last on stdout, {@code RESULT {json}}.
 */
public final class RawEngineBenchmark {

    private RawEngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(arg(args, "articles", "articles.ndjson"));
        int warmUp = Integer.parseInt(arg(args, "warm-up", "50"));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        List<ArticleIngested> articles = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                articles.add(json.readValue(line, ArticleIngested.class));
            }
        }
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
        run(enricher, articles, config.workerThreads());
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
        System.out.println("RESULT " + json.writeValueAsString(result));
    }

    /** Enriches every article on a fixed pool of {@code threads}, one article per task, as the service's pool does. */
    private static void run(ArticleEnricher enricher, List<ArticleIngested> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (ArticleIngested article : articles) {
                done.add(pool.submit(() -> enricher.enrich(article)));
            }
            for (Future<?> f : done) {
                f.get();
            }
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
