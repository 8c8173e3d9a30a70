package io.newslens.query.repository;

import io.newslens.contracts.api.QuoteView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Who said what about whom: read-only SQL over {@code quote}, through the reactive pool. */
@ApplicationScoped
public class QuoteQueries {

    /*
     * One statement for every combination of filters: a null parameter switches its condition off. The speaker
     * condition uses quote_speaker_id_idx, "about" the GIN index on about_ids (@> is its operator; = ANY is
     * not indexable). The quote text is searched without an index: the other filters keep the set small, and
     * quotes are a small fraction of the text.
     */
    private static final String FIND = """
            SELECT q.article_id, a.title, a.source, a.published_at, q.text, q.start_offset, q.end_offset,
                   q.speaker_id, coalesce(s.name, q.speaker_name) AS speaker_name, q.cue, q.entity_ids, q.about_ids
            FROM query.quote q
            JOIN query.article a ON a.id = q.article_id
            LEFT JOIN query.entity s ON s.id = q.speaker_id
            WHERE ($1::text IS NULL OR q.speaker_id = $1)
              AND ($2::text IS NULL OR q.about_ids @> ARRAY[$2::text])
              AND ($3::text IS NULL OR to_tsvector('english', q.text) @@ websearch_to_tsquery('english', $3))
              AND ($4::timestamptz IS NULL OR coalesce(a.published_at, a.enriched_at) >= $4)
              AND ($5::timestamptz IS NULL OR coalesce(a.published_at, a.enriched_at) < $5)
            ORDER BY coalesce(a.published_at, a.enriched_at) DESC, q.article_id, q.start_offset
            LIMIT $6
            """;

    /*
     * FIND for a speaker or "about" filter, which the indexes narrow to a small share of the quotes: the page is cut
     * from the matching quotes' own rows, which carry their article's date (V11), and only the page's quotes read
     * their article's wide row. FIND reads an article row per matching quote: 43 ms for the 3,371 quotes about an
     * entity in 30% of 100,000 articles (session 6). Until V11 this statement probed article_dates_idx per matching
     * quote instead: 25 ms for 6,563 quotes, half of it those probes (docs/benchmarks.md, session 11).
     */
    private static final String FIND_BY_ENTITY = """
            WITH page AS (
                SELECT q.article_id, q.start_offset, q.end_offset, q.article_at AS at
                FROM query.quote q
                WHERE ($1::text IS NULL OR q.speaker_id = $1)
                  AND ($2::text IS NULL OR q.about_ids @> ARRAY[$2::text])
                  AND ($3::text IS NULL OR to_tsvector('english', q.text) @@ websearch_to_tsquery('english', $3))
                  AND ($4::timestamptz IS NULL OR q.article_at >= $4)
                  AND ($5::timestamptz IS NULL OR q.article_at < $5)
                ORDER BY at DESC, q.article_id, q.start_offset
                LIMIT $6)
            SELECT q.article_id, a.title, a.source, a.published_at, q.text, q.start_offset, q.end_offset,
                   q.speaker_id, coalesce(s.name, q.speaker_name) AS speaker_name, q.cue, q.entity_ids, q.about_ids
            FROM page
            JOIN query.quote q ON q.article_id = page.article_id AND q.start_offset = page.start_offset
                AND q.end_offset = page.end_offset
            JOIN query.article a ON a.id = page.article_id
            LEFT JOIN query.entity s ON s.id = q.speaker_id
            ORDER BY page.at DESC, page.article_id, page.start_offset
            """;

    private final Pool pool;

    public QuoteQueries(Pool pool) {
        this.pool = pool;
    }

    /** Newest article first, then in text order. */
    public Uni<List<QuoteView>> find(QuoteFilter filter) {
        Tuple params = Tuple.tuple(Arrays.asList(filter.speakerId(), filter.aboutId(), filter.text(),
                utc(filter.from()), utc(filter.to()), filter.limit()));
        String sql = filter.speakerId() != null || filter.aboutId() != null ? FIND_BY_ENTITY : FIND;
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            List<QuoteView> quotes = new ArrayList<>(rows.size());
            for (Row row : rows) {
                quotes.add(toView(row));
            }
            return quotes;
        });
    }

    private static QuoteView toView(Row row) {
        OffsetDateTime published = row.getOffsetDateTime("published_at");
        String[] entityIds = row.getArrayOfStrings("entity_ids");
        String[] aboutIds = row.getArrayOfStrings("about_ids");
        return new QuoteView(row.getString("article_id"), row.getString("title"), row.getString("source"),
                published == null ? null : published.toInstant(), row.getString("text"),
                row.getInteger("start_offset"), row.getInteger("end_offset"), row.getString("speaker_id"),
                row.getString("speaker_name"), row.getString("cue"),
                entityIds == null ? List.of() : List.of(entityIds), aboutIds == null ? List.of() : List.of(aboutIds));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
