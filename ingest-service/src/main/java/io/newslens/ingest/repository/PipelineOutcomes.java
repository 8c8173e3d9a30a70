package io.newslens.ingest.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records what became of an article downstream. The latest outcome wins: an article that failed and was
 * enriched after a republish is ENRICHED; a redelivered or older outcome changes nothing, so the topics may be
 * replayed. One statement each, with the reactive SQL client (called from Kafka callbacks, no session needed).
 */
@ApplicationScoped
public class PipelineOutcomes {

    private static final String NEWER_THAN_BOTH = """
            (enriched_at IS NULL OR enriched_at < $2) AND (failed_at IS NULL OR failed_at < $2)""";

    private static final String ENRICHED = """
            UPDATE ingest.article SET status = 'ENRICHED', status_reason = NULL, enriched_at = $2
            WHERE id = $1 AND""" + NEWER_THAN_BOTH;

    private static final String FAILED = """
            UPDATE ingest.article SET status = 'FAILED', status_reason = $3, failed_at = $2
            WHERE id = $1 AND""" + NEWER_THAN_BOTH;

    private final Pool pool;

    public PipelineOutcomes(Pool pool) {
        this.pool = pool;
    }

    /** True when the article's status changed. */
    public Uni<Boolean> enriched(UUID article, Instant at) {
        return pool.preparedQuery(ENRICHED).execute(Tuple.of(article, utc(at))).map(rows -> rows.rowCount() > 0);
    }

    /** True when the article's status changed. */
    public Uni<Boolean> failed(UUID article, Instant at, String reason) {
        return pool.preparedQuery(FAILED).execute(Tuple.of(article, utc(at), reason))
                .map(rows -> rows.rowCount() > 0);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
