package io.newslens.query.repository;

import io.newslens.contracts.api.Stats;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Totals over the read model. Exact counts (no estimates from pg_class): at the read model's size a count is a
 * sequential scan of milliseconds, and an estimate would make the figures disagree with the other endpoints.
 */
@ApplicationScoped
public class StatsQueries {

    static final int TOP_SOURCES = 20;

    /* One statement, so that every figure comes from the same snapshot. Groups are encoded as JSON arrays. */
    private static final String TOTALS = """
            SELECT (SELECT count(*) FROM query.article) AS articles,
                   (SELECT count(*) FROM query.entity) AS entities,
                   (SELECT count(*) FROM query.quote) AS quotes,
                   (SELECT coalesce(json_agg(json_build_array(type, n) ORDER BY n DESC, type), '[]')
                        FROM (SELECT type, count(*) AS n FROM query.entity GROUP BY type) t)::text AS by_type,
                   (SELECT coalesce(json_agg(json_build_array(source, n) ORDER BY n DESC, source), '[]')
                        FROM (SELECT source, count(*) AS n FROM query.article GROUP BY source
                              ORDER BY n DESC, source LIMIT %d) s)::text AS by_source,
                   (SELECT coalesce(json_agg(json_build_array(language, n) ORDER BY n DESC, language), '[]')
                        FROM (SELECT language, count(*) AS n FROM query.article GROUP BY language) l)::text AS by_language
            """.formatted(TOP_SOURCES);

    private final Pool pool;

    public StatsQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<Stats> totals() {
        return pool.query(TOTALS).execute().map(StatsQueries::toStats);
    }

    private static Stats toStats(RowSet<Row> rows) {
        Row row = rows.iterator().next();
        return new Stats(row.getLong("articles"), row.getLong("entities"), row.getLong("quotes"),
                counts(row.getString("by_type")), counts(row.getString("by_source")),
                counts(row.getString("by_language")));
    }

    private static List<Stats.Count> counts(String json) {
        JsonArray groups = new JsonArray(json);
        List<Stats.Count> counts = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            JsonArray group = groups.getJsonArray(i);
            counts.add(new Stats.Count(group.getString(0), group.getLong(1)));
        }
        return counts;
    }
}
