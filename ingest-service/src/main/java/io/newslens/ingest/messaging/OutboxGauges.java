package io.newslens.ingest.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * {@code newslens_ingest_outbox_backlog} and {@code newslens_ingest_outbox_oldest_age_seconds}: how many events wait
 * for Kafka and for how long the oldest has waited. A gauge is read synchronously and the database only answers
 * asynchronously, so the figures are refreshed on a schedule ({@code newslens.metrics.outbox-refresh}) and
 * the gauges read the last ones. Both are 0 when the outbox is drained.
 */
@ApplicationScoped
public class OutboxGauges {

    private static final Logger LOG = Logger.getLogger(OutboxGauges.class);

    // Uses the partial index outbox_unsent_idx: cheap however many sent rows the table holds.
    private static final String PENDING = """
            SELECT count(*) AS backlog, coalesce(extract(epoch FROM now() - min(created_at)), 0) AS oldest
            FROM ingest.outbox WHERE sent_at IS NULL""";

    private record Pending(long backlog, double oldestSeconds) {
    }

    private final Pool pool;
    private final AtomicReference<Pending> last = new AtomicReference<>(new Pending(0, 0));

    public OutboxGauges(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        Gauge.builder("newslens_ingest_outbox_backlog", last, l -> l.get().backlog())
                .description("Outbox events not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("newslens_ingest_outbox_oldest_age_seconds", last, l -> l.get().oldestSeconds())
                .description("Age of the oldest outbox event not yet acknowledged by Kafka; 0 when none waits")
                .register(registry);
    }

    @Scheduled(every = "${newslens.metrics.outbox-refresh}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return pool.query(PENDING).execute()
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    last.set(new Pending(row.getLong("backlog"), row.getNumeric("oldest").doubleValue()));
                })
                .onFailure().invoke(e -> LOG.debugf("Outbox gauges not refreshed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
