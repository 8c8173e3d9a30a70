package io.newslens.query.messaging;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.problem.Unreachable;
import io.newslens.contracts.tracing.ArticleTraces;
import io.newslens.contracts.tracing.RequestIds;
import io.newslens.query.config.QueryConfig;
import io.newslens.query.repository.ArticleIndex;
import io.newslens.query.repository.OpenSearchErrors;
import io.newslens.query.service.ArticleDocument;
import io.newslens.query.service.ArticleProjection.Outcome;
import io.newslens.query.service.ArticleProjection;
import io.newslens.query.service.LiveFeed;
import io.newslens.query.service.QueryMetrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Feeds articles.enriched into the read model and then the search index, one record after the other (a method
 * returning {@code Uni} is called for the next record only once the previous one is done), so each partition
 * keeps its order. A record is acknowledged, and its offset committed, only once both have it.
 *
 * <p>A record that can never be stored (not JSON, not a valid event, or data PostgreSQL or OpenSearch rejects)
 * is logged and acknowledged: retrying cannot fix it, and a dead-letter topic would need a contract no one reads
 * yet. The event stays in articles.enriched to replay once the producer is fixed. While PostgreSQL cannot be
 * reached (refused or cut connections, server shutting down or starting), storing is retried without limit: the
 * partition waits, its offset is not committed, and once the database is back the read model catches up. Any other
 * PostgreSQL failure is retried with backoff; if it persists the channel fails and readiness goes DOWN, because
 * skipping a valid event would leave the read model silently incomplete. Indexing is retried the same way, by
 * default without limit: while OpenSearch is down the partition waits, and once it is back the index catches up
 * with PostgreSQL. (Waiting that long is why the channel's unprocessed-record-max-age check is off.) An
 * event PostgreSQL already has (a redelivery after a crash between the two writes) is indexed again; the external
 * version makes that harmless.
 *
 * <p>Each record is a span ({@value #SPAN}, with the article id) under the connector's consumer span, which
 * continues the trace nlp-service's record carries; while it is worked on, log lines name the article.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(EnrichedArticleConsumer.class);
    public static final String SPAN = "project article";

    private final EnrichedEventReader reader;
    private final ArticleProjection projection;
    private final ArticleIndex index;
    private final QueryConfig.Projection config;
    @Inject // a field, not a constructor parameter: keeps the live-feed hook separate from the projection's wiring
    LiveFeed live;
    private final QueryMetrics metrics;
    private final Tracer tracer;

    public EnrichedArticleConsumer(EnrichedEventReader reader, ArticleProjection projection, ArticleIndex index,
            QueryConfig config, QueryMetrics metrics, Tracer tracer) {
        this.metrics = metrics;
        this.tracer = tracer;
        this.reader = reader;
        this.projection = projection;
        this.index = index;
        this.config = config.projection();
    }

    @Incoming("articles-enriched")
    public Uni<Void> consume(String value, IncomingKafkaRecordMetadata<String, String> record,
            Optional<TracingMetadata> tracing) {
        // The request that brought the article names this work in the logs (header set by ingest, kept by nlp);
        // the record key is the article id.
        Header header = record.getHeaders().lastHeader(RequestIds.HEADER);
        RequestIds.enter(header == null ? null : header.value());
        ArticleTraces.enter(record.getKey());
        Span span = ArticleTraces.start(tracer, SPAN, SpanKind.INTERNAL,
                tracing.map(TracingMetadata::getCurrentContext).orElse(io.opentelemetry.context.Context.current()),
                record.getKey());
        return project(value)
                .onFailure().invoke(e -> span.setStatus(StatusCode.ERROR, e.getMessage()))
                .eventually(() -> {
                    span.end();
                    ArticleTraces.leave();
                    MDC.remove(RequestIds.MDC_KEY);
                });
    }

    private Uni<Void> project(String value) {
        ArticleEnriched event;
        try {
            event = reader.read(value);
        } catch (InvalidEvent e) {
            LOG.warnf("Skipping a record of articles.enriched: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        Context context = Vertx.currentContext();
        Executor onContext = task -> context.runOnContext(v -> task.run());
        return withRetries("Storing", event, () -> projection.apply(event), config.maxRetries(), 0, context)
                .chain(outcome -> outcome == Outcome.STALE ? Uni.createFrom().item(outcome)
                        : withRetries("Indexing", event, () -> index.put(ArticleDocument.of(event)).emitOn(onContext),
                                config.indexMaxRetries(), 0, context).replaceWith(outcome))
                .invoke(outcome -> log(event, outcome))
                .invoke(outcome -> { if (outcome == Outcome.APPLIED) live.publish(event); })
                .invoke(outcome -> metrics.applied(event, outcome))
                .onFailure(EnrichedArticleConsumer::isRejectedData).recoverWithItem(e -> {
                    LOG.warnf("Skipping article %s: its data is rejected: %s", event.articleId(), e.getMessage());
                    return null;
                })
                .replaceWithVoid();
    }

    /**
     * Mutiny's own backoff would resubscribe on a worker thread; the Hibernate Reactive session must stay on
     * this record's Vert.x context, so the wait is a Vert.x timer on that context.
     */
    private <T> Uni<T> withRetries(String what, ArticleEnriched event, Supplier<Uni<T>> attempt, int maxRetries,
            int done, Context context) {
        return attempt.get().onFailure(e -> !isRejectedData(e)).recoverWithUni(e -> {
            if (done >= maxRetries && !Unreachable.isCause(e)) {
                LOG.errorf(e, "%s article %s: giving up after %d attempts", what, event.articleId(), done + 1);
                return Uni.createFrom().failure(e);
            }
            Duration wait = backoff(done);
            LOG.warnf("%s article %s failed (%s); retry %d in %s", what, event.articleId(), e.getMessage(),
                    done + 1, wait);
            return Uni.createFrom().<Void>emitter(next -> context.owner().setTimer(Math.max(1, wait.toMillis()),
                            id -> context.runOnContext(v -> next.complete(null))))
                    .chain(() -> withRetries(what, event, attempt, maxRetries, done + 1, context));
        });
    }

    private Duration backoff(int attempt) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(attempt, 20));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    /**
     * SQLSTATE class 22 (data exception), or OpenSearch's 400 (e.g. a value the mapping cannot take): the same
     * data would be refused again, e.g. a NUL character in text.
     */
    private static boolean isRejectedData(Throwable failure) {
        if (OpenSearchErrors.status(failure) == 400) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String sqlState = t instanceof SQLException sql ? sql.getSQLState()
                    : t instanceof PgException pg ? pg.getSqlState() : null;
            if (sqlState != null && sqlState.startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static void log(ArticleEnriched event, Outcome outcome) {
        switch (outcome) {
            case STALE -> LOG.infof("Ignoring an older enrichment of article %s (enrichedAt %s)",
                    event.articleId(), event.enrichedAt());
            case ALREADY_APPLIED -> LOG.debugf("Article %s is already stored with this enrichment", event.articleId());
            case APPLIED -> LOG.debugf("Stored and indexed article %s with %d entities", event.articleId(),
                    event.entities().size());
        }
    }
}
