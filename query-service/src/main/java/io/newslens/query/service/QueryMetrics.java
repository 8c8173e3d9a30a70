package io.newslens.query.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.query.service.ArticleProjection.Outcome;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What query-service counts (names and meaning in {@code docs/operations.md}): events of articles.enriched by what
 * the projection did with them, how far behind NLP the read model is, and how long articles took from ingest to here. Query latency per endpoint is Quarkus's
 * {@code http_server_requests_seconds{uri=...}}. Created at start-up so that every metric is exported before the
 * first event.
 */
@Startup
@ApplicationScoped
public class QueryMetrics {

    private final Map<Outcome, Counter> events = new EnumMap<>(Outcome.class);
    private final AtomicLong lagMillis = new AtomicLong();
    private final Timer endToEnd;
    private final DistributionSummary batchSize;

    public QueryMetrics(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            events.put(outcome, Counter.builder("newslens_query_events_applied")
                    .description("Events of articles.enriched by what the projection did with them")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
        Gauge.builder("newslens_query_projection_lag_seconds", lagMillis, l -> l.get() / 1000.0)
                .description("For the last event stored: time from its enrichment (enrichedAt) until it was stored")
                .register(registry);
        endToEnd = Timer.builder("newslens_query_end_to_end")
                .description("From ingest-service accepting an article (ingestedAt) until the read model stored it")
                .publishPercentileHistogram()
                .register(registry);
        batchSize = DistributionSummary.builder("newslens_query_projection_batch_records")
                .description("Records per batch the projection takes from articles.enriched (one transaction each)")
                .register(registry);
    }

    /** A batch of {@code records} taken from articles.enriched. */
    public void batch(int records) {
        batchSize.record(records);
    }

    public void applied(ArticleEnriched event, Outcome outcome) {
        events.get(outcome).increment();
        if (outcome != Outcome.APPLIED) {
            return;
        }
        Instant now = Instant.now();
        if (event.enrichedAt() != null) {
            lagMillis.set(Math.max(0, Duration.between(event.enrichedAt(), now).toMillis()));
        }
        if (event.ingestedAt() != null) {
            endToEnd.record(Duration.between(event.ingestedAt(), now));
        }
    }
}
