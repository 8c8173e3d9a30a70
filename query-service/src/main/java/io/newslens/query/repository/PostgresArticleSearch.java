package io.newslens.query.repository;

import io.newslens.contracts.api.ArticleHit;
import io.newslens.contracts.api.SearchResult;
import io.newslens.query.service.ArticleSearch;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ArticleSearch} on PostgreSQL full-text search, through the reactive pool: a search is one
 * read-only statement that needs typed columns, not a Hibernate session.
 */
@ApplicationScoped
public class PostgresArticleSearch implements ArticleSearch {

    /*
     * websearch_to_tsquery never fails on user input (unbalanced quotes, stray operators) and understands
     * "phrases", "or" and "-word". The rank normalised with 32 (rank / (rank + 1)) keeps scores in [0, 1).
     * The total is counted before LIMIT, and ts_headline, the costly part, only runs on the page kept.
     * The text is HTML-escaped before highlighting so the only markup in a snippet is our <b>.
     * The schema is the one Flyway migrates (quarkus.flyway.schemas).
     */
    private static final String SEARCH = """
            WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
            page AS (
                SELECT a.id, a.title, a.source, a.published_at, a.text,
                       ts_rank_cd(a.search_vector, q.query, 32)::float8 AS score,
                       count(*) OVER () AS total
                FROM query.article a, q
                WHERE a.search_vector @@ q.query
                ORDER BY score DESC, a.published_at DESC NULLS LAST, a.id
                LIMIT $2)
            SELECT page.id, page.title, page.source, page.published_at, page.score, page.total,
                   ts_headline('english',
                               replace(replace(replace(page.text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                               q.query,
                               'StartSel=<b>, StopSel=</b>, MinWords=15, MaxWords=35, '
                               || 'MaxFragments=2, FragmentDelimiter=" … "')
                       AS snippet
            FROM page, q
            ORDER BY page.score DESC, page.published_at DESC NULLS LAST, page.id
            """;

    private final Pool pool;

    public PostgresArticleSearch(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<SearchResult> search(String query, int limit) {
        return pool.preparedQuery(SEARCH).execute(Tuple.of(query, limit))
                .map(rows -> toResult(query, rows));
    }

    private static SearchResult toResult(String query, RowSet<Row> rows) {
        List<ArticleHit> hits = new ArrayList<>(rows.size());
        long total = 0;
        for (Row row : rows) {
            total = row.getLong("total");
            OffsetDateTime publishedAt = row.getOffsetDateTime("published_at");
            hits.add(new ArticleHit(row.getString("id"), row.getString("title"), row.getString("source"),
                    publishedAt == null ? null : publishedAt.toInstant(), row.getString("snippet"),
                    row.getDouble("score")));
        }
        return new SearchResult(query, total, hits);
    }
}
