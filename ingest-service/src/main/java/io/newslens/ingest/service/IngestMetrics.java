package io.newslens.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newslens.contracts.api.BatchItemResult;
import io.newslens.ingest.model.Article;
import io.newslens.ingest.repository.StoredArticle;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/**
 * What ingest-service counts (names and meaning in {@code docs/operations.md}): every submitted article once, by
 * outcome, and how long Kafka takes to acknowledge an outbox event. The outbox gauges are in
 * {@code messaging/OutboxGauges}. Created at start-up so that its metrics are exported, at zero, before the first
 * article.
 */
@Startup
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter accepted;
    private final Counter duplicate;
    private final Counter nearDuplicate;
    private final Timer publish;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.accepted = outcome("accepted", "none");
        this.duplicate = outcome("duplicate", "none");
        this.nearDuplicate = outcome("near_duplicate", "none");
        this.publish = Timer.builder("newslens_ingest_publish")
                .description("Time from handing an outbox event to the Kafka producer until acks=all")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** Counts stored articles; {@code articles} and {@code stored} are the same articles in the same order. */
    public void stored(List<Article> articles, List<StoredArticle> stored) {
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).duplicate()) {
                duplicate.increment();
            } else if (articles.get(i).duplicateOf != null) {
                nearDuplicate.increment();
            } else {
                accepted.increment();
            }
        }
    }

    /** Counts the items of a batch that repeated an earlier item of the same batch. */
    public void repeatedInBatch(int count) {
        duplicate.increment(count);
    }

    /** Counts rejected batch items by the kind of reason. */
    public void rejected(Collection<BatchItemResult> rejected) {
        rejected.forEach(r -> rejected(OnlyBoilerplate.MESSAGE.equals(r.reason()) ? "boilerplate" : "invalid"));
    }

    /** @param reason a fixed word (invalid, too_large, boilerplate), never request data: it is a label */
    public void rejected(String reason) {
        outcome("rejected", reason).increment();
    }

    public Timer.Sample startPublish() {
        return Timer.start(registry);
    }

    public void published(Timer.Sample sample) {
        sample.stop(publish);
    }

    private Counter outcome(String outcome, String reason) {
        // Exported as newslens_ingest_articles_total: the Prometheus registry appends _total to counters.
        return Counter.builder("newslens_ingest_articles")
                .description("Submitted articles by outcome (accepted, duplicate, near_duplicate, rejected) and "
                        + "rejection reason")
                .tags("outcome", outcome, "reason", reason)
                .register(registry);
    }
}
