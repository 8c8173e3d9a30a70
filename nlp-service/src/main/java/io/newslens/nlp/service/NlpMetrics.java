package io.newslens.nlp.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What nlp-service counts (names and meaning in {@code docs/operations.md}): articles taken from Kafka by outcome,
 * how long each took and how long each of its stages took, and the tokens CoreNLP read. The {@code nlp-pool}'s queue and busy threads come from Quarkus's
 * Vert.x binder ({@code worker_pool_*{pool_name="nlp-pool"}}). Created at start-up so that every metric is exported,
 * at zero, before the first article.
 */
@Startup
@ApplicationScoped
public class NlpMetrics {

    /**
     * Bucket bounds of the stage timers. Fixed and few, because there are ten stages: a per-stage p95 needs no more,
     * and Micrometer's percentile histogram would add about 70 series to each.
     */
    private static final Duration[] STAGE_BUCKETS = {Duration.ofNanos(500_000), Duration.ofMillis(1),
            Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final Map<String, Timer> stages = new ConcurrentHashMap<>();
    private final Counter enriched;
    private final Counter failed;
    private final Counter tokens;
    private final Timer processing;

    public NlpMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.enriched = outcome(registry, "enriched");
        // Every failed article is nacked, and the dead-letter-queue failure strategy sends it to the DLQ topic.
        this.failed = outcome(registry, "failed");
        this.tokens = Counter.builder("newslens_nlp_tokens")
                .description("Tokens CoreNLP annotated (articles and POST /analyze); its rate is tokens per second")
                .register(registry);
        this.processing = Timer.builder("newslens_nlp_processing")
                .description("Time to enrich one article from Kafka, CoreNLP included")
                .publishPercentileHistogram()
                .register(registry);
        // CoreNLP's stages are registered when the pipeline is built from the configured annotators.
        ArticleAnalysis.STAGES.forEach(this::stage);
    }

    /** Runs {@code work} (one article), timing it and counting its outcome; rethrows its failure. */
    public <T> T enrich(Supplier<T> work) {
        Timer.Sample sample = Timer.start();
        try {
            T result = work.get();
            enriched.increment();
            return result;
        } catch (RuntimeException e) {
            failed.increment();
            throw e;
        } finally {
            sample.stop(processing);
        }
    }

    /**
     * The timer of one processing stage of a text (a Kafka article or a {@code POST /analyze} text): a CoreNLP
     * annotator ({@code ner}) or one of the layers newslens runs after it ({@code quotes}).
     */
    public Timer stage(String name) {
        return stages.computeIfAbsent(name, n -> Timer.builder("newslens_nlp_stage")
                .description("Time one processing stage took for one text: a CoreNLP annotator or a newslens layer")
                .tag("stage", n)
                .serviceLevelObjectives(STAGE_BUCKETS)
                .register(registry));
    }

    /** Runs {@code work} as stage {@code name}, timing it (failures included). */
    public <T> T stage(String name, Supplier<T> work) {
        return stage(name).record(work);
    }

    public void annotated(int tokenCount) {
        tokens.increment(tokenCount);
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("newslens_nlp_articles")
                .description("Articles taken from articles.ingested, by outcome; failed ones go to the DLQ topic")
                .tag("outcome", outcome)
                .register(registry);
    }
}
