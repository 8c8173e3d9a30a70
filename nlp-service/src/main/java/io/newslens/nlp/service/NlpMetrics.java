package io.newslens.nlp.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * What nlp-service counts (names and meaning in {@code docs/operations.md}): articles taken from Kafka by outcome,
 * how long each took, and the tokens CoreNLP read. The {@code nlp-pool}'s queue and busy threads come from Quarkus's
 * Vert.x binder ({@code worker_pool_*{pool_name="nlp-pool"}}). Created at start-up so that every metric is exported,
 * at zero, before the first article.
 */
@Startup
@ApplicationScoped
public class NlpMetrics {

    private final Counter enriched;
    private final Counter failed;
    private final Counter tokens;
    private final Timer processing;

    public NlpMetrics(MeterRegistry registry) {
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
