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
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Feeds articles.enriched into the read model and then the search index a batch of records at a time (as one poll
 * returns them, at most {@code max.poll.records}): one PostgreSQL transaction and one OpenSearch {@code _bulk} request
 * per batch. The next batch is handed over only once this one is done, and within a batch the records of an article
 * (one key, one partition) are applied in order, so each partition keeps its order. A batch is acknowledged, and its
 * offsets committed, only once both stores have all of it.
 *
 * <p>A record that can never be stored (not JSON, not a valid event, or data PostgreSQL or OpenSearch rejects)
 * is logged and acknowledged with the rest: retrying cannot fix it, and a dead-letter topic would need a contract no
 * one reads yet. The event stays in articles.enriched to replay once the producer is fixed. Data PostgreSQL rejects
 * (SQLSTATE class 22) fails the whole batch's transaction, so the batch is then applied one record at a time to find
 * the bad one and skip only it; a document OpenSearch rejects (400) is left out of the bulk request alone. While
 * PostgreSQL cannot be reached (refused or cut connections, server shutting down or starting), storing is retried
 * without limit: the partitions wait, their offsets are not committed, and once the database is back the read model
 * catches up. Any other PostgreSQL failure is retried with backoff; if it persists the channel fails and readiness
 * goes DOWN, because skipping a valid event would leave the read model silently incomplete. Indexing is retried the
 * same way, by default without limit: while OpenSearch is down the partitions wait, and once it is back the index
 * catches up with PostgreSQL. (Waiting that long is why the channel's unprocessed-record-max-age check is off.) An
 * event PostgreSQL already has (a redelivery after a crash between the two writes) is indexed again; the external
 * version makes that harmless.
 *
 * <p>Each record is a span ({@value #SPAN}, with the article id) under the connector's consumer span for it, which
 * continues the trace nlp-service's record carries; it lasts as long as the record's batch. Log lines about a record
 * name its article and request.
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

    /** One record of a batch, and what became of it. */
    private static final class Item {
        final KafkaRecord<String, String> record;
        final Span span;
        ArticleEnriched event;
        /** Null while not stored, and for a record skipped. */
        Outcome outcome;

        Item(KafkaRecord<String, String> record, Span span) {
            this.record = record;
            this.span = span;
        }

        String articleId() {
            return record.getKey();
        }

        /** Runs {@code work} with the MDC naming this record's article and request (the record key is the id). */
        void logged(Runnable work) {
            Header header = record.getHeaders().lastHeader(RequestIds.HEADER);
            RequestIds.enter(header == null ? null : header.value());
            ArticleTraces.enter(record.getKey());
            try {
                work.run();
            } finally {
                ArticleTraces.leave();
                MDC.remove(RequestIds.MDC_KEY);
            }
        }
    }

    @Incoming("articles-enriched")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<Item> items = batch.getRecords().stream().map(this::item).toList();
        metrics.batch(items.size());
        Context context = Vertx.currentContext();
        return isolatingRejects(items.stream().filter(i -> i.event != null).toList(), part -> store(part, context))
                .chain(() -> isolatingRejects(items.stream().filter(EnrichedArticleConsumer::toIndex).toList(),
                        part -> index(part, context)))
                .invoke(() -> items.forEach(item -> item.logged(() -> report(item))))
                .chain(() -> Uni.createFrom().completionStage(batch::ack))
                .onFailure().recoverWithUni(e -> {
                    items.forEach(item -> item.span.setStatus(StatusCode.ERROR, e.getMessage()));
                    return Uni.createFrom().completionStage(() -> batch.nack(e));
                })
                .eventually(() -> items.forEach(item -> item.span.end()));
    }

    private Item item(KafkaRecord<String, String> record) {
        Item item = new Item(record, ArticleTraces.start(tracer, SPAN, SpanKind.INTERNAL,
                record.getMetadata(TracingMetadata.class).map(TracingMetadata::getCurrentContext)
                        .orElse(io.opentelemetry.context.Context.current()),
                record.getKey()));
        item.logged(() -> {
            try {
                item.event = reader.read(record.getPayload());
            } catch (InvalidEvent e) {
                LOG.warnf("Skipping a record of articles.enriched: %s", e.getMessage());
            }
        });
        return item;
    }

    /**
     * Runs {@code step} on all {@code items}; if their data is rejected, on each alone, skipping only the records
     * rejected again.
     */
    private static Uni<Void> isolatingRejects(List<Item> items, Function<List<Item>, Uni<Void>> step) {
        if (items.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return step.apply(items).onFailure(EnrichedArticleConsumer::isRejectedData).recoverWithUni(e -> {
            if (items.size() == 1) {
                skip(items.get(0), e.getMessage());
                return Uni.createFrom().voidItem();
            }
            LOG.warnf("A batch of %d articles is rejected (%s); applying them one by one", items.size(),
                    e.getMessage());
            Uni<Void> each = Uni.createFrom().voidItem();
            for (Item item : items) {
                each = each.chain(() -> isolatingRejects(List.of(item), step));
            }
            return each;
        });
    }

    private Uni<Void> store(List<Item> items, Context context) {
        List<ArticleEnriched> events = items.stream().map(i -> i.event).toList();
        return withRetries("Storing", subject(items), () -> projection.applyAll(events), config.maxRetries(), 0,
                context)
                .invoke(outcomes -> {
                    for (int i = 0; i < items.size(); i++) {
                        items.get(i).outcome = outcomes.get(i);
                    }
                })
                .replaceWithVoid();
    }

    /** What PostgreSQL has (a redelivery included), unless an enrichment newer than the record's. */
    private static boolean toIndex(Item item) {
        return item.outcome != null && item.outcome != Outcome.STALE;
    }

    private Uni<Void> index(List<Item> items, Context context) {
        Executor onContext = task -> context.runOnContext(v -> task.run());
        List<ArticleDocument> docs = items.stream().map(i -> ArticleDocument.of(i.event)).toList();
        return withRetries("Indexing", subject(items), () -> index.putEach(docs).emitOn(onContext),
                config.indexMaxRetries(), 0, context)
                .invoke(rejected -> items.stream().filter(i -> rejected.containsKey(i.articleId()))
                        .forEach(i -> skip(i, "OpenSearch: " + rejected.get(i.articleId()))))
                .replaceWithVoid();
    }

    private static void skip(Item item, String reason) {
        item.outcome = null;
        item.logged(() -> LOG.warnf("Skipping article %s: its data is rejected: %s", item.articleId(), reason));
    }

    private static String subject(List<Item> items) {
        return items.size() == 1 ? "article " + items.get(0).articleId() : "a batch of " + items.size() + " articles";
    }

    private void report(Item item) {
        if (item.outcome == null) {
            return;
        }
        log(item.event, item.outcome);
        if (item.outcome == Outcome.APPLIED) {
            live.publish(item.event);
        }
        metrics.applied(item.event, item.outcome);
    }

    /**
     * Mutiny's own backoff would resubscribe on a worker thread; the batch's state (its items and their outcomes)
     * stays confined to the batch's Vert.x context, so the wait is a Vert.x timer on that context.
     */
    private <T> Uni<T> withRetries(String what, String subject, Supplier<Uni<T>> attempt, int maxRetries,
            int done, Context context) {
        return attempt.get().onFailure(e -> !isRejectedData(e)).recoverWithUni(e -> {
            if (done >= maxRetries && !Unreachable.isCause(e)) {
                LOG.errorf(e, "%s %s: giving up after %d attempts", what, subject, done + 1);
                return Uni.createFrom().failure(e);
            }
            Duration wait = backoff(done);
            LOG.warnf("%s %s failed (%s); retry %d in %s", what, subject, e.getMessage(), done + 1, wait);
            return Uni.createFrom().<Void>emitter(next -> context.owner().setTimer(Math.max(1, wait.toMillis()),
                            id -> context.runOnContext(v -> next.complete(null))))
                    .chain(() -> withRetries(what, subject, attempt, maxRetries, done + 1, context));
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
