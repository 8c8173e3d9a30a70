package io.newslens.ingest.repository;

import io.newslens.ingest.model.Article;
import io.newslens.ingest.service.NearDuplicateDetector;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sets {@link Article#duplicateOf} on articles about to be stored: the stored article (or, failing that, an earlier
 * article of the same call) that {@link NearDuplicateDetector} finds similar. Candidates come from the LSH bands in
 * {@code ingest.article_band} (one index lookup per band) and are verified against their full signature; a
 * candidate that is itself a near-duplicate passes on its own original, so a story keeps one id.
 *
 * <p>Two near-duplicates committed at the same instant by different transactions do not see each other; both are
 * then stored as originals, which costs a missed fold, never an article.
 */
@ApplicationScoped
public class NearDuplicateFinder {

    /**
     * Bounded, because a crowd of similar articles (a wire story in 2,000 variants) shares every band: per band at
     * most {@value #PER_BAND} stored articles are read, and per new article only the {@value #VERIFIED} sharing the
     * most bands are verified. Any member of the crowd leads to the same original, so little is lost.
     *
     * <p>The candidates' rows are read in a {@code LATERAL} subquery, one primary-key probe each, because the plan
     * of a prepared statement is kept by its connection: with a plain join, a connection that first ran it on a
     * small {@code article} table kept a hash join over a sequential scan of it, which read the whole table for
     * every lookup that had a candidate (88 ms at 87,000 articles, docs/benchmarks.md, session 14). The id is
     * unique; {@code LIMIT 1} only keeps PostgreSQL from flattening the subquery back into a join.
     */
    static final String CANDIDATES = """
            WITH q AS (
                SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::bigint[]) AS q(new_id, band, hash)
            ), hits AS (
                SELECT q.new_id, c.article_id, count(*) AS shared
                FROM q CROSS JOIN LATERAL (SELECT b.article_id FROM ingest.article_band b
                                           WHERE b.band = q.band AND b.hash = q.hash LIMIT 5) c
                GROUP BY q.new_id, c.article_id
            ), best AS (
                SELECT new_id, article_id
                FROM (SELECT new_id, article_id,
                             row_number() OVER (PARTITION BY new_id ORDER BY shared DESC, article_id) AS r
                      FROM hits) ranked
                WHERE r <= 3
            )
            SELECT best.new_id, a.id, a.duplicate_of, a.minhash
            FROM best CROSS JOIN LATERAL (SELECT a.id, a.duplicate_of, a.minhash FROM ingest.article a
                                          WHERE a.id = best.article_id AND a.minhash IS NOT NULL LIMIT 1) a""";

    private static final int PER_BAND = 5;
    private static final int VERIFIED = 3;

    private final NearDuplicateDetector detector;

    public NearDuplicateFinder(NearDuplicateDetector detector) {
        this.detector = detector;
    }

    /** Marks {@code articles} in place, within {@code conn}'s transaction. */
    public Uni<Void> mark(SqlConnection conn, List<Article> articles) {
        BandRows bands = BandRows.of(articles.stream().map(a -> a.id).toList(),
                articles.stream().map(a -> a.minhash).toList());
        return conn.preparedQuery(CANDIDATES)
                .execute(Tuple.of(bands.articleIds(), bands.bands(), bands.hashes()))
                .map(rows -> {
                    Map<Integer, UUID> stored = bestStored(articles, rows);
                    for (int n = 0; n < articles.size(); n++) {
                        Article a = articles.get(n);
                        a.duplicateOf = stored.containsKey(n) ? stored.get(n) : earlierInCall(articles, n);
                    }
                    return null;
                });
    }

    private Map<Integer, UUID> bestStored(List<Article> articles, Iterable<Row> rows) {
        Map<UUID, Integer> position = new HashMap<>();
        for (int n = 0; n < articles.size(); n++) {
            position.put(articles.get(n).id, n);
        }
        Map<Integer, UUID> best = new HashMap<>();
        Map<Integer, Double> bestSimilarity = new HashMap<>();
        for (Row row : rows) {
            int n = position.get(row.getUUID("new_id"));
            long[] candidate = NearDuplicateDetector.fromBytes(row.getBuffer("minhash").getBytes());
            long[] own = articles.get(n).minhash;
            double similarity = io.newslens.ingest.service.MinHash.similarity(own, candidate);
            if (detector.similar(own, candidate) && similarity > bestSimilarity.getOrDefault(n, -1.0)) {
                UUID original = row.getUUID("duplicate_of");
                best.put(n, original != null ? original : row.getUUID("id"));
                bestSimilarity.put(n, similarity);
            }
        }
        return best;
    }

    private UUID earlierInCall(List<Article> articles, int n) {
        Article a = articles.get(n);
        for (int m = 0; m < n; m++) {
            Article earlier = articles.get(m);
            if (detector.similar(a.minhash, earlier.minhash)) {
                return earlier.duplicateOf != null ? earlier.duplicateOf : earlier.id;
            }
        }
        return null;
    }
}
