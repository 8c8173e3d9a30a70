package io.newslens.ingest.repository;

import io.newslens.contracts.Topics;
import io.newslens.contracts.api.ArticleStatus;
import io.newslens.ingest.model.Article;
import io.newslens.ingest.service.NearDuplicateDetector;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Stores articles with their outbox rows, in one transaction and one {@code INSERT} statement per call, and skips
 * any whose clean text is already stored ({@code ON CONFLICT (text_hash) DO NOTHING}; a concurrent insert of the
 * same text waits for the other transaction and then sees its row). Rows are inserted in hash order, so two
 * overlapping batches lock in the same order and never deadlock; outbox rows keep the callers' order.
 *
 * <p>Uses the reactive SQL client rather than Panache because that statement, with {@code unnest} over arrays,
 * writes a whole batch in one round trip, and because it may be called from the {@code ingest-prep} pool.
 */
@ApplicationScoped
public class ArticleWriter {

    private static final String INSERT = """
            WITH input AS (
                SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[],
                                     $7::text[], $8::text[], $9::text[], $10::timestamptz[],
                                     $11::uuid[], $12::bytea[], $17::text[], $18::text[], $19::text[])
                    WITH ORDINALITY AS t(id, title, source, url, published_at, language, text, raw_text, text_hash,
                                         received_at, duplicate_of, minhash, request_id, traceparent, tracestate, n)
            ), stored AS (
                INSERT INTO ingest.article (id, title, source, url, published_at, language, text, raw_text, text_hash,
                                            status, received_at, duplicate_of, minhash, minhash_scheme)
                SELECT id, title, source, url, published_at, language, text, raw_text, text_hash, 'RECEIVED',
                       received_at, duplicate_of, minhash, $20::smallint
                FROM input ORDER BY text_hash
                ON CONFLICT (text_hash) DO NOTHING
                RETURNING id
            ), queued AS (
                INSERT INTO ingest.outbox (article_id, topic, record_key, created_at, request_id, traceparent,
                                           tracestate)
                SELECT input.id, $13, input.id::text, input.received_at, input.request_id, input.traceparent,
                       input.tracestate
                FROM input JOIN stored USING (id) ORDER BY input.n
            ), banded AS (
                INSERT INTO ingest.article_band (band, hash, article_id)
                SELECT b.band, b.hash, b.id
                FROM unnest($14::uuid[], $15::smallint[], $16::bigint[]) AS b(id, band, hash) JOIN stored USING (id)
                ON CONFLICT DO NOTHING
            )
            SELECT id FROM stored""";

    /**
     * The stored rows of texts already there, one index probe per hash: {@code text_hash = ANY($1)} got, on a
     * connection that first ran it while {@code article} was small, a kept plan that read the whole table for every
     * exact duplicate posted later ({@code ArticleWriterPlanTest}).
     */
    static final String EXISTING = """
            SELECT a.id, a.text_hash, a.status
            FROM unnest($1::text[]) AS h(hash)
                 CROSS JOIN LATERAL (SELECT id, text_hash, status FROM ingest.article
                                     WHERE text_hash = h.hash LIMIT 1) a""";

    private final Pool pool;
    private final NearDuplicateFinder nearDuplicates;

    public ArticleWriter(Pool pool, NearDuplicateFinder nearDuplicates) {
        this.pool = pool;
        this.nearDuplicates = nearDuplicates;
    }

    /**
     * Stores {@code articles} (whose text hashes must differ from each other), each marked with the article it
     * near-duplicates, and an outbox row for each, from which the relay publishes its {@code articles.ingested}
     * event. Answers, in the same order, the new row or the existing one with the same text.
     */
    public Uni<List<StoredArticle>> insert(List<Article> articles) {
        if (articles.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.withTransaction(conn -> nearDuplicates.mark(conn, articles)
                .onItem().transformToUni(marked -> conn.preparedQuery(INSERT)
                        .execute(tuple(articles)))
                .onItem().transformToUni(rows -> {
                    Set<UUID> inserted = new HashSet<>();
                    rows.forEach(row -> inserted.add(row.getUUID("id")));
                    List<String> missing = articles.stream().filter(a -> !inserted.contains(a.id))
                            .map(a -> a.textHash).toList();
                    return existing(conn, missing).map(byHash -> articles.stream()
                            .map(a -> inserted.contains(a.id)
                                    ? new StoredArticle(a.id, ArticleStatus.RECEIVED, false)
                                    : byHash.get(a.textHash))
                            .toList());
                }));
    }

    private static Uni<Map<String, StoredArticle>> existing(SqlConnection conn, List<String> hashes) {
        if (hashes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return conn.preparedQuery(EXISTING).execute(Tuple.of(hashes.toArray(new String[0]))).map(rows -> {
            Map<String, StoredArticle> byHash = new HashMap<>();
            for (Row row : rows) {
                byHash.put(row.getString("text_hash"), new StoredArticle(row.getUUID("id"),
                        ArticleStatus.valueOf(row.getString("status")), true));
            }
            if (byHash.size() != hashes.size()) {
                // Only possible if a row were deleted between the two statements; nothing deletes articles.
                throw new IllegalStateException("An article vanished while its duplicate was being stored");
            }
            return byHash;
        });
    }

    private static Tuple tuple(List<Article> articles) {
        List<Object> columns = new ArrayList<>(20);
        columns.add(articles.stream().map(a -> a.id).toArray(UUID[]::new));
        columns.add(strings(articles, a -> a.title));
        columns.add(strings(articles, a -> a.source));
        columns.add(strings(articles, a -> a.url));
        columns.add(articles.stream().map(a -> offset(a.publishedAt)).toArray(OffsetDateTime[]::new));
        columns.add(strings(articles, a -> a.language));
        columns.add(strings(articles, a -> a.text));
        columns.add(strings(articles, a -> a.rawText));
        columns.add(strings(articles, a -> a.textHash));
        columns.add(articles.stream().map(a -> offset(a.receivedAt)).toArray(OffsetDateTime[]::new));
        columns.add(articles.stream().map(a -> a.duplicateOf).toArray(UUID[]::new));
        columns.add(articles.stream().map(a -> Buffer.buffer(NearDuplicateDetector.toBytes(a.minhash)))
                .toArray(Buffer[]::new));
        columns.add(Topics.ARTICLES_INGESTED);
        BandRows bands = BandRows.of(articles.stream().map(a -> a.id).toList(),
                articles.stream().map(a -> a.minhash).toList());
        columns.add(bands.articleIds());
        columns.add(bands.bands());
        columns.add(bands.hashes());
        columns.add(strings(articles, a -> a.requestId));
        columns.add(strings(articles, a -> a.trace.traceparent()));
        columns.add(strings(articles, a -> a.trace.tracestate()));
        columns.add((short) NearDuplicateDetector.SCHEME);
        return Tuple.tuple(columns);
    }

    private static String[] strings(List<Article> articles, Function<Article, String> field) {
        return articles.stream().map(field).toArray(String[]::new);
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
