package io.newslens.ingest.messaging;

import io.newslens.contracts.tracing.ArticleTraces;
import io.newslens.contracts.tracing.ArticleTraces.TraceHeaders;
import io.newslens.contracts.tracing.RequestIds;
import io.micrometer.core.instrument.Timer;
import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.repository.ArticleRows;
import io.newslens.ingest.service.IngestMetrics;
import io.newslens.ingest.service.IngestedEvents;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes the transactional outbox to Kafka. Each pass leases a batch of unsent rows
 * ({@code FOR UPDATE SKIP LOCKED}, so several replicas never take the same rows), sends them in id order
 * (the idempotent producer keeps that order per partition, i.e. per article), waits for {@code acks=all},
 * and deletes what Kafka acknowledged, stamping its articles {@code PUBLISHED}. Anything not acknowledged stays and
 * is retried once its lease runs out: delivery is at least once, and consumers are idempotent.
 *
 * <p>Each send is a span ({@value #SPAN}) whose parent is the trace context stored with the row, that of the request
 * that accepted the article: the Kafka producer span, and so the record's {@code traceparent} header, continue that
 * request's trace although the relay runs later on another thread. Rows queued outside a traced request (feeds,
 * republishing) start a trace of their own.
 *
 * <p>Uses the reactive SQL client rather than Panache: the lease is one {@code UPDATE ... RETURNING} statement,
 * and the Kafka acknowledgements complete on producer threads, where a Hibernate Reactive session may not be used.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final String SPAN = "outbox relay";

    /**
     * Leases a batch, with the stored article of each row that has no payload of its own: its event is made from
     * the article when it is sent, so the outbox holds no copy of the text (rows written before V8 carry their
     * payload). {@code sent_at} is null on every row since V8, which deletes sent rows; the partial index needs it.
     */
    static final String CLAIM = """
            WITH claimed AS (
                UPDATE ingest.outbox SET lease_until = now() + make_interval(secs => $2), attempts = attempts + 1
                WHERE id IN (SELECT id FROM ingest.outbox
                             WHERE sent_at IS NULL AND (lease_until IS NULL OR lease_until < now())
                             ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
                RETURNING id AS outbox_id, article_id, topic, record_key, payload, request_id, traceparent, tracestate
            )
            SELECT c.*, a.id, a.title, a.source, a.url, a.published_at, a.language, a.text, a.received_at,
                   a.duplicate_of
            FROM claimed c LEFT JOIN ingest.article a ON c.payload IS NULL AND a.id = c.article_id""";

    /**
     * Deletes what Kafka acknowledged (a delete writes no new row version, and sent rows would otherwise pile up)
     * and marks the articles published. Planned afresh at every pass ({@link #PLAN_EACH_TIME}): the plan a connection
     * keeps for a prepared statement, if first made on a small {@code article} table, updates the articles through a
     * sequential scan of the whole table, and kept doing so as it grew ({@code OutboxRelayPlanTest}). A pass runs at
     * most every {@code poll-interval}, so planning it each time costs little.
     */
    static final String MARK_SENT = """
            WITH sent AS (DELETE FROM ingest.outbox WHERE id = ANY($1) RETURNING article_id)
            UPDATE ingest.article SET status = CASE WHEN status = 'RECEIVED' THEN 'PUBLISHED' ELSE status END,
                                      sent_at = COALESCE(sent_at, now())
            WHERE id IN (SELECT article_id FROM sent)""";

    static final String PLAN_EACH_TIME = "SET LOCAL plan_cache_mode = force_custom_plan";

    private final Pool pool;
    private final MutinyEmitter<String> emitter;
    private final IngestConfig.Outbox config;
    private final IngestMetrics metrics;
    private final Tracer tracer;
    private final IngestedEvents events;

    public OutboxRelay(Pool pool, @Channel("articles-ingested") @OnOverflow(value = OnOverflow.Strategy.BUFFER,
            bufferSize = 4096) MutinyEmitter<String> emitter, IngestConfig config, IngestMetrics metrics,
            Tracer tracer, IngestedEvents events) {
        this.events = events;
        this.metrics = metrics;
        this.tracer = tracer;
        this.pool = pool;
        this.emitter = emitter;
        this.config = config.outbox();
    }

    @Scheduled(every = "${newslens.ingest.outbox.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> publishPending() {
        return publishBatch()
                .onFailure().invoke(e -> LOG.warnf("Outbox relay pass failed, will retry: %s", e.getMessage()))
                .onFailure().recoverWithItem(0)
                .replaceWithVoid();
    }

    /** One pass: claim, send, mark. Returns how many events Kafka acknowledged. */
    public Uni<Integer> publishBatch() {
        double leaseSeconds = config.lease().toMillis() / 1000.0;
        return pool.preparedQuery(CLAIM).execute(Tuple.of(config.batchSize(), leaseSeconds))
                .onItem().transformToUni(rows -> {
                    List<Row> batch = new ArrayList<>();
                    rows.forEach(batch::add);
                    if (batch.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    batch.sort(Comparator.comparingLong(r -> r.getLong("outbox_id")));
                    return send(batch).onItem().transformToUni(this::markSent);
                });
    }

    /** Sends every row; the ids of those Kafka acknowledged. */
    private Uni<List<Long>> send(List<Row> batch) {
        List<Uni<Long>> sends = batch.stream().map(this::send).collect(Collectors.toList());
        return Uni.join().all(sends).andCollectFailures()
                .map(ids -> ids.stream().filter(Objects::nonNull).collect(Collectors.toList()));
    }

    private Uni<Long> send(Row row) {
        long id = row.getLong("outbox_id");
        String key = row.getString("record_key");
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> metadata =
                OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.getString("topic"))
                        .withKey(key);
        String requestId = row.getString("request_id");
        if (requestId != null) {
            metadata.withHeaders(new RecordHeaders().add(RequestIds.HEADER, requestId.getBytes(StandardCharsets.UTF_8)));
        }
        Context parent = ArticleTraces.parent(new TraceHeaders(row.getString("traceparent"), row.getString("tracestate")));
        // The record key is the article id.
        Span span = ArticleTraces.start(tracer, SPAN, SpanKind.INTERNAL, parent, key);
        Timer.Sample publishing = metrics.startPublish();
        // The connector's producer span is a child of the TracingMetadata's context and writes the traceparent header.
        Message<String> message = Message.of(payload(row)).addMetadata(metadata.build())
                .addMetadata(TracingMetadata.withCurrent(parent.with(span)));
        return emitter.sendMessage(message)
                .invoke(() -> metrics.published(publishing))
                .replaceWith(id)
                .onFailure().invoke(e -> {
                    span.setStatus(StatusCode.ERROR, e.getMessage());
                    LOG.debugf("Outbox event %d (article %s) not acknowledged: %s", id, key, e.getMessage());
                })
                .onFailure().recoverWithNull()
                .eventually(() -> span.end());
    }

    /** The row's own payload, or the event of its article (a row has one or the other). */
    private String payload(Row row) {
        String payload = row.getString("payload");
        return payload != null ? payload : events.payload(ArticleRows.forEvent(row));
    }

    private Uni<Integer> markSent(List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().failure(new IllegalStateException("Kafka acknowledged none of the batch"));
        }
        return pool.withTransaction(conn -> conn.query(PLAN_EACH_TIME).execute()
                        .onItem().transformToUni(ignored -> conn.preparedQuery(MARK_SENT)
                                .execute(Tuple.of(ids.toArray(new Long[0])))))
                .replaceWith(ids.size());
    }
}
