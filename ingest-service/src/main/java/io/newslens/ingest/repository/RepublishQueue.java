package io.newslens.ingest.repository;

import io.newslens.contracts.Topics;
import io.newslens.ingest.service.RepublishFilter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Puts the {@code articles.ingested} events of stored articles back into the outbox, a page at a time, each page in
 * one transaction: the relay then publishes them like any other event, so a Kafka outage only delays them. Pages
 * follow the article id (keyset), and only articles received up to the republish's start count, so articles
 * arriving meanwhile (which get their own event) neither shift the pages nor inflate the total.
 */
@ApplicationScoped
public class RepublishQueue {

    private static final String FILTER = """
            WHERE received_at <= $1 AND ($2::timestamptz IS NULL OR received_at >= $2)
              AND ($3::text IS NULL OR source = $3) AND ($4::uuid[] IS NULL OR id = ANY($4))""";

    private static final String COUNT = "SELECT count(*) AS n FROM ingest.article " + FILTER;

    private static final String PAGE = "SELECT id FROM ingest.article " + FILTER
            + " AND ($5::uuid IS NULL OR id > $5) ORDER BY id LIMIT $6";

    private static final String QUEUE = """
            INSERT INTO ingest.outbox (article_id, topic, record_key, created_at)
            SELECT id, $2, id::text, now() FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n) ORDER BY n""";

    /** One queued page: how many events, and the last article id (where the next page starts). */
    public record Page(int queued, UUID last) {
    }

    private final Pool pool;

    public RepublishQueue(Pool pool) {
        this.pool = pool;
    }

    public Uni<Long> count(RepublishFilter filter, Instant until) {
        return pool.preparedQuery(COUNT).execute(filterTuple(filter, until))
                .map(rows -> rows.iterator().next().getLong("n"));
    }

    /** Queues the next {@code limit} matching articles after {@code after} (null: from the start). */
    public Uni<Page> queuePage(RepublishFilter filter, Instant until, UUID after, int limit) {
        Tuple page = filterTuple(filter, until).addValue(after).addValue(limit);
        return pool.withTransaction(conn -> conn.preparedQuery(PAGE).execute(page).onItem().transformToUni(rows -> {
            List<UUID> ids = new ArrayList<>();
            for (Row row : rows) {
                ids.add(row.getUUID("id"));
            }
            if (ids.isEmpty()) {
                return Uni.createFrom().item(new Page(0, after));
            }
            return conn.preparedQuery(QUEUE).execute(Tuple.of(ids.toArray(new UUID[0]), Topics.ARTICLES_INGESTED))
                    .replaceWith(new Page(ids.size(), ids.get(ids.size() - 1)));
        }));
    }

    private static Tuple filterTuple(RepublishFilter filter, Instant until) {
        return Tuple.tuple(java.util.Arrays.asList(offset(until), offset(filter.since()), filter.source(),
                filter.ids() == null ? null : filter.ids().toArray(new UUID[0])));
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
