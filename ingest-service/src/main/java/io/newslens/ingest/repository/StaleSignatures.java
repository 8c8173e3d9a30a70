package io.newslens.ingest.repository;

import io.newslens.ingest.service.NearDuplicateDetector;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlResult;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Articles whose MinHash signature and bands are of an older scheme than {@link NearDuplicateDetector#SCHEME}: reads
 * them a page at a time, stores their new signature with its bands, and deletes the old schemes' band rows once none
 * is left. Every statement is idempotent, so two replicas doing the same page do no harm.
 */
@ApplicationScoped
public class StaleSignatures {

    /** One article to re-sign. */
    public record Stale(UUID id, String text) {
    }

    /** Its text re-signed. */
    public record Resigned(UUID id, long[] signature) {
    }

    // The scheme is written into the SQL, not bound, so the planner can use the partial index of V10.
    // Keyset pages (id > the last one seen): a re-signed row leaves a dead entry in that index until vacuum, which
    // a scan from the start would wade through again for every page.
    private static final String PAGE = "SELECT id, text FROM ingest.article WHERE minhash_scheme < "
            + NearDuplicateDetector.SCHEME + " AND id > $1 ORDER BY id LIMIT $2";

    private static final String REPLACE = """
            WITH resigned AS (
                UPDATE ingest.article a SET minhash = r.minhash, minhash_scheme = $3
                FROM unnest($1::uuid[], $2::bytea[]) AS r(id, minhash)
                WHERE a.id = r.id AND a.minhash_scheme < $3
                RETURNING a.id
            )
            INSERT INTO ingest.article_band (band, hash, article_id)
            SELECT b.band, b.hash, b.id
            FROM unnest($4::uuid[], $5::smallint[], $6::bigint[]) AS b(id, band, hash) JOIN resigned USING (id)
            ON CONFLICT DO NOTHING""";

    /** A bounded chunk, so one statement never holds a long lock or writes a huge WAL burst. */
    private static final String DELETE_OLD_BANDS = """
            DELETE FROM ingest.article_band WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM ingest.article_band WHERE band < $1 LIMIT $2))""";

    private final Pool pool;

    public StaleSignatures(Pool pool) {
        this.pool = pool;
    }

    /** Up to {@code limit} articles not yet of the current scheme, in id order after {@code after}. */
    public Uni<List<Stale>> page(UUID after, int limit) {
        return pool.preparedQuery(PAGE).execute(Tuple.of(after, limit)).map(rows -> {
            List<Stale> page = new ArrayList<>();
            for (Row row : rows) {
                page.add(new Stale(row.getUUID("id"), row.getString("text")));
            }
            return page;
        });
    }

    /** Stores the new signatures and their bands, of articles still of an older scheme. */
    public Uni<Void> replace(List<Resigned> resigned) {
        List<UUID> ids = resigned.stream().map(Resigned::id).toList();
        BandRows bands = BandRows.of(ids, resigned.stream().map(Resigned::signature).toList());
        Tuple args = Tuple.tuple(List.of(ids.toArray(new UUID[0]),
                resigned.stream().map(r -> Buffer.buffer(NearDuplicateDetector.toBytes(r.signature())))
                        .toArray(Buffer[]::new),
                (short) NearDuplicateDetector.SCHEME, bands.articleIds(), bands.bands(), bands.hashes()));
        return pool.preparedQuery(REPLACE).execute(args).replaceWithVoid();
    }

    /** Deletes up to {@code limit} band rows of older schemes; answers how many. */
    public Uni<Integer> deleteOldBands(int limit) {
        return pool.preparedQuery(DELETE_OLD_BANDS)
                .execute(Tuple.of((short) NearDuplicateDetector.FIRST_BAND, limit)).map(SqlResult::rowCount);
    }
}
