package io.newslens.query.repository;

import io.newslens.query.model.ArticleEntity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Keeps the V8 rollups (entity_day, entity_total; V12 dropped entity_pair) equal to sums over
 * article_entity, as deltas within the projection's transaction: a replaced article's stored facts count -1 (at its
 * stored date), the facts being written +1 (at their article's new date). One statement per table nets the batch's
 * deltas per key, skips keys whose delta is zero (a re-enrichment that changes nothing rewrites no rollup row) and
 * upserts the rest in key order, so two writers sharing keys wait for each other rather than deadlock (tables always
 * in the order day, total).
 * Must run before the replaced articles' rows and facts change: their old date and facts are read from the tables.
 */
final class EntityRollups {

    /*
     * $1 the ids of replaced articles (their stored facts are subtracted); $2..$7 the facts written by this batch,
     * one element per (article, entity), with their article's date.
     */
    private static final String DELTA = """
            WITH delta AS (
                SELECT ae.article_id, -1 AS sign, ae.entity_id, ae.mentions, ae.tone, ae.tone_sentences,
                       coalesce(a.published_at, a.enriched_at) AS at
                FROM query.article_entity ae JOIN query.article a ON a.id = ae.article_id
                WHERE ae.article_id = ANY($1)
                UNION ALL
                SELECT u.article_id, 1, u.entity_id, u.mentions, u.tone, u.tone_sentences, u.at
                FROM unnest($2::text[], $3::text[], $4::int[], $5::float8[], $6::int[], $7::timestamptz[])
                    AS u(article_id, entity_id, mentions, tone, tone_sentences, at))
            """;

    /*
     * A day's first/last only ever widen. A key that only lost articles proposes first = infinity, last = -infinity
     * (ON CONFLICT checks NOT NULL on the proposed row before it finds the conflict), which least/greatest ignore.
     */
    private static final String DAYS = DELTA + """
            INSERT INTO query.entity_day AS d (entity_id, day, articles, mentions, tone_sum, tone_sentences, first_at,
                                               last_at)
            SELECT entity_id, (at AT TIME ZONE 'UTC')::date AS day, sum(sign), sum(sign * mentions),
                   coalesce(sum(sign * (tone * tone_sentences)::numeric) FILTER (WHERE tone IS NOT NULL), 0),
                   coalesce(sum(sign * tone_sentences) FILTER (WHERE tone IS NOT NULL), 0),
                   coalesce(min(at) FILTER (WHERE sign > 0), 'infinity'),
                   coalesce(max(at) FILTER (WHERE sign > 0), '-infinity')
            FROM delta
            GROUP BY 1, 2
            HAVING sum(sign) <> 0 OR sum(sign * mentions) <> 0
                OR sum(sign * tone_sentences) FILTER (WHERE tone IS NOT NULL) <> 0
                OR sum(sign * (tone * tone_sentences)::numeric) FILTER (WHERE tone IS NOT NULL) <> 0
                OR min(at) FILTER (WHERE sign > 0) < min(at) FILTER (WHERE sign < 0)
                OR max(at) FILTER (WHERE sign > 0) > max(at) FILTER (WHERE sign < 0)
                OR count(*) FILTER (WHERE sign < 0) = 0
            ORDER BY 1, 2
            ON CONFLICT (entity_id, day) DO UPDATE SET articles = d.articles + EXCLUDED.articles,
                mentions = d.mentions + EXCLUDED.mentions, tone_sum = d.tone_sum + EXCLUDED.tone_sum,
                tone_sentences = d.tone_sentences + EXCLUDED.tone_sentences,
                first_at = least(d.first_at, EXCLUDED.first_at), last_at = greatest(d.last_at, EXCLUDED.last_at)
            """;

    private static final String TOTALS = DELTA + """
            INSERT INTO query.entity_total AS t (entity_id, articles)
            SELECT entity_id, sum(sign) FROM delta
            GROUP BY 1
            HAVING sum(sign) <> 0
            ORDER BY 1
            ON CONFLICT (entity_id) DO UPDATE SET articles = t.articles + EXCLUDED.articles
            """;

    /*
     * Rows that a replacement brought to zero articles go: only keys of the replaced articles' stored facts can have
     * (their rows are already locked by the upserts above). Run before those facts are deleted.
     */
    private static final String PRUNE = """
            WITH old AS (
                SELECT ae.entity_id, (coalesce(a.published_at, a.enriched_at) AT TIME ZONE 'UTC')::date AS day
                FROM query.article_entity ae JOIN query.article a ON a.id = ae.article_id
                WHERE ae.article_id = ANY($1)),
            days AS (
                DELETE FROM query.entity_day d USING old
                WHERE d.entity_id = old.entity_id AND d.day = old.day AND d.articles = 0)
            DELETE FROM query.entity_total t USING old WHERE t.entity_id = old.entity_id AND t.articles = 0
            """;

    private EntityRollups() {
    }

    /**
     * Applies the deltas of one batch.
     *
     * @param replaced ids of stored articles whose facts are about to be replaced
     * @param facts    the facts the batch writes (for inserted and replaced articles)
     * @param dates    each written article's date: published, else enriched
     */
    static Uni<Void> apply(SqlConnection connection, List<String> replaced, List<ArticleEntity> facts,
            Map<String, Instant> dates) {
        if (replaced.isEmpty() && facts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple delta = ArticleBatchWriter.columns(ArticleBatchWriter.texts(replaced, id -> id),
                ArticleBatchWriter.texts(facts, f -> f.articleId), ArticleBatchWriter.texts(facts, f -> f.entityId),
                ArticleBatchWriter.ints(facts, f -> f.mentions), ArticleBatchWriter.doubles(facts, f -> f.tone),
                ArticleBatchWriter.ints(facts, f -> f.toneSentences),
                ArticleBatchWriter.timestamps(facts, f -> dates.get(f.articleId)));
        Uni<Void> upserts = run(connection, DAYS, delta).chain(() -> run(connection, TOTALS, delta));
        if (replaced.isEmpty()) {
            return upserts;
        }
        return upserts.chain(() -> run(connection, PRUNE, Tuple.of(replaced.toArray(String[]::new))));
    }

    private static Uni<Void> run(SqlConnection connection, String sql, Tuple parameters) {
        return connection.preparedQuery(sql).execute(parameters).replaceWithVoid();
    }
}
