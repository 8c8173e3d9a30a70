package io.newslens.ingest.repository;

import io.newslens.contracts.api.FeedView;
import io.newslens.contracts.api.FeedView.PollStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Feeds and the items already handled. Uses the reactive SQL client, like the outbox relay: claiming is one
 * {@code UPDATE ... RETURNING} statement, and the poller calls it from the {@code feed-poll} pool.
 */
@ApplicationScoped
public class FeedRepository {

    /** A feed as the poller needs it. */
    public record PolledFeed(UUID id, String url, int intervalSeconds, String etag, String lastModified) {
    }

    private static final String VIEW_COLUMNS = """
            f.id, f.url, f.interval_seconds, f.created_at, f.last_polled_at, f.last_status, f.last_error,
            f.next_poll_at, (SELECT count(*) FROM ingest.feed_item i
                             WHERE i.feed_id = f.id AND i.article_id IS NOT NULL) AS items_ingested""";

    private static final String INSERT = """
            INSERT INTO ingest.feed (id, url, interval_seconds, created_at, next_poll_at)
            VALUES ($1, $2, $3, now(), now()) ON CONFLICT (url) DO NOTHING RETURNING id""";

    /*
     * Several ingest replicas poll the same table. Each claim locks due rows with FOR UPDATE SKIP LOCKED (rows another
     * replica is claiming right now are skipped, not waited for) and, in the same statement, moves next_poll_at past
     * the longest a poll can take (the lease). Once committed, no replica sees those feeds as due, so each feed is
     * polled by one replica at a time without holding a transaction or a lock during the HTTP requests. The poll's
     * end sets next_poll_at to now + interval; a replica that dies mid-poll only delays the feed until the lease ends.
     */
    private static final String CLAIM_DUE = """
            UPDATE ingest.feed SET next_poll_at = now() + make_interval(secs => $2)
            WHERE id IN (SELECT id FROM ingest.feed WHERE next_poll_at <= now()
                         ORDER BY next_poll_at LIMIT $1 FOR UPDATE SKIP LOCKED)
            RETURNING id, url, interval_seconds, etag, last_modified""";

    private static final String CLAIM_ONE = """
            UPDATE ingest.feed SET next_poll_at = now() + make_interval(secs => $2) WHERE id = $1
            RETURNING id, url, interval_seconds, etag, last_modified""";

    private static final String RECORD_POLL = """
            UPDATE ingest.feed SET last_polled_at = now(), last_status = $2, last_error = $3,
                   etag = coalesce($4, etag), last_modified = coalesce($5, last_modified),
                   next_poll_at = now() + make_interval(secs => interval_seconds)
            WHERE id = $1""";

    /** Keys of the items that still need handling: never seen, or failed fewer than the allowed attempts. */
    private static final String UNHANDLED = """
            SELECT k.key FROM unnest($2::text[]) AS k(key)
            WHERE NOT EXISTS (SELECT 1 FROM ingest.feed_item i WHERE i.feed_id = $1 AND i.item_key = k.key
                              AND (i.article_id IS NOT NULL OR i.attempts >= $3))""";

    private static final String RECORD_ITEM = """
            INSERT INTO ingest.feed_item (feed_id, item_key, link, article_id, error, attempts, last_seen_at)
            VALUES ($1, $2, $3, $4, $5, 1, now())
            ON CONFLICT (feed_id, item_key) DO UPDATE SET article_id = excluded.article_id, error = excluded.error,
                attempts = ingest.feed_item.attempts + 1, last_seen_at = now()""";

    private final Pool pool;

    public FeedRepository(Pool pool) {
        this.pool = pool;
    }

    /** The new feed's id; empty when the URL is registered already. */
    public Uni<Optional<UUID>> insert(String url, int intervalSeconds) {
        UUID id = UUID.randomUUID();
        return pool.preparedQuery(INSERT).execute(Tuple.of(id, url, intervalSeconds))
                .map(rows -> rows.size() == 0 ? Optional.<UUID>empty() : Optional.of(id));
    }

    public Uni<List<FeedView>> list() {
        return pool.query("SELECT " + VIEW_COLUMNS + " FROM ingest.feed f ORDER BY f.created_at, f.id").execute()
                .map(FeedRepository::views);
    }

    /** Null when there is no such feed. */
    public Uni<FeedView> find(UUID id) {
        return pool.preparedQuery("SELECT " + VIEW_COLUMNS + " FROM ingest.feed f WHERE f.id = $1")
                .execute(Tuple.of(id)).map(rows -> views(rows).stream().findFirst().orElse(null));
    }

    /** Whether a feed was deleted (its items go with it). */
    public Uni<Boolean> delete(UUID id) {
        return pool.preparedQuery("DELETE FROM ingest.feed WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.rowCount() > 0);
    }

    /** Claims up to {@code limit} due feeds for {@code lease} (see {@link #CLAIM_DUE}). */
    public Uni<List<PolledFeed>> claimDue(int limit, Duration lease) {
        return pool.preparedQuery(CLAIM_DUE).execute(Tuple.of(limit, seconds(lease))).map(FeedRepository::polled);
    }

    /** Claims one feed whether due or not, for a poll on request; null when there is no such feed. */
    public Uni<PolledFeed> claim(UUID id, Duration lease) {
        return pool.preparedQuery(CLAIM_ONE).execute(Tuple.of(id, seconds(lease)))
                .map(rows -> polled(rows).stream().findFirst().orElse(null));
    }

    /** Ends a poll: its outcome, the validators of a 200 answer (null keeps the stored ones), the next due time. */
    public Uni<Void> recordPoll(UUID id, PollStatus status, String error, String etag, String lastModified) {
        return pool.preparedQuery(RECORD_POLL)
                .execute(Tuple.tuple(Arrays.asList(id, status.name(), error, etag, lastModified))).replaceWithVoid();
    }

    /** Which of {@code keys} still need handling. */
    public Uni<Set<String>> unhandled(UUID feedId, List<String> keys, int maxAttempts) {
        return pool.preparedQuery(UNHANDLED).execute(Tuple.of(feedId, keys.toArray(new String[0]), maxAttempts))
                .map(rows -> {
                    Set<String> found = new HashSet<>();
                    rows.forEach(r -> found.add(r.getString("key")));
                    return found;
                });
    }

    /** One attempt at an item: the article it became, or why it did not. */
    public Uni<Void> recordItem(UUID feedId, String key, String link, UUID articleId, String error) {
        return pool.preparedQuery(RECORD_ITEM)
                .execute(Tuple.tuple(Arrays.asList(feedId, key, link, articleId, error))).replaceWithVoid();
    }

    private static List<FeedView> views(RowSet<Row> rows) {
        List<FeedView> views = new ArrayList<>();
        for (Row r : rows) {
            String status = r.getString("last_status");
            views.add(new FeedView(r.getUUID("id").toString(), r.getString("url"), r.getInteger("interval_seconds"),
                    instant(r.getOffsetDateTime("created_at")), instant(r.getOffsetDateTime("last_polled_at")),
                    status == null ? null : PollStatus.valueOf(status), r.getString("last_error"),
                    r.getLong("items_ingested"), instant(r.getOffsetDateTime("next_poll_at"))));
        }
        return views;
    }

    private static List<PolledFeed> polled(RowSet<Row> rows) {
        List<PolledFeed> feeds = new ArrayList<>();
        for (Row r : rows) {
            feeds.add(new PolledFeed(r.getUUID("id"), r.getString("url"), r.getInteger("interval_seconds"),
                    r.getString("etag"), r.getString("last_modified")));
        }
        return feeds;
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
