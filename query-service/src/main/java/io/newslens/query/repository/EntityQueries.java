package io.newslens.query.repository;

import io.newslens.contracts.api.EntityProfile;
import io.newslens.contracts.api.EntitySuggestion;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Read-only SQL about entities across all articles, through the reactive pool. */
@ApplicationScoped
public class EntityQueries {

    /*
     * Prefix match on the name and on every alias ever seen. "lower(x) LIKE 'pomp%'" is what the
     * text_pattern_ops indexes of V2 serve (see there); $1 is lower-cased and has %, _ and \ escaped by the
     * caller. An entity matched by several names appears once, with the shortest matching form.
     */
    private static final String SUGGEST = """
            WITH hit AS (
                SELECT e.id AS entity_id, e.name AS matched FROM query.entity e WHERE lower(e.name) LIKE $1 || '%'
                UNION
                SELECT a.entity_id, a.alias FROM query.entity_alias a WHERE lower(a.alias) LIKE $1 || '%')
            SELECT e.id, e.name, e.type,
                   (array_agg(hit.matched ORDER BY length(hit.matched), hit.matched))[1] AS matched,
                   coalesce((SELECT t.articles FROM query.entity_total t WHERE t.entity_id = e.id), 0) AS articles
            FROM hit JOIN query.entity e ON e.id = hit.entity_id
            WHERE ($2::text IS NULL OR e.type = $2)
            GROUP BY e.id, e.name, e.type
            ORDER BY articles DESC, e.name, e.id
            LIMIT $3
            """;

    private static final String NAMES = "SELECT id, name, type FROM query.entity WHERE id = ANY($1)";

    private static final String ENTITY = """
            SELECT e.id, e.name, e.type,
                   array(SELECT a.alias FROM query.entity_alias a WHERE a.entity_id = e.id ORDER BY a.alias) AS aliases
            FROM query.entity e WHERE e.id = $1
            """;

    /*
     * Sums over the entity's rows of the V8 rollup entity_day (one per day it was mentioned, kept by the projection),
     * not over its article_entity rows: a few hundred rows however many articles. Average tone weights each article's
     * per-entity tone by the number of sentences it averages, so it is the mean over all sentences that mention the
     * entity.
     */
    private static final String STATS = """
            SELECT coalesce(sum(d.mentions), 0) AS mentions,
                   coalesce(sum(d.articles), 0) AS articles,
                   min(d.first_at) AS first_seen,
                   max(d.last_at) AS last_seen,
                   (sum(d.tone_sum) / nullif(sum(d.tone_sentences), 0))::float8 AS tone
            FROM query.entity_day d
            WHERE d.entity_id = $1
            """;

    /** Days by the article's UTC date (published, else enriched). */
    private static final String MENTIONS_PER_DAY = """
            SELECT d.day, d.mentions
            FROM query.entity_day d
            WHERE d.entity_id = $1 AND d.mentions > 0
            ORDER BY d.day
            """;

    public Uni<List<EntityProfile.DayCount>> mentionsPerDay(String id) {
        return pool.preparedQuery(MENTIONS_PER_DAY).execute(Tuple.of(id)).map(rows -> {
            List<EntityProfile.DayCount> days = new ArrayList<>(rows.size());
            for (Row row : rows) {
                days.add(new EntityProfile.DayCount(row.getLocalDate("day"), row.getLong("mentions")));
            }
            return days;
        });
    }

    /** Name, type and aliases of one entity; empty when unknown. */
    public record Identity(String id, String name, String type, List<String> aliases) {
    }

    /** An entity's current name and type. */
    public record Named(String name, String type) {
    }

    /** Counts over all articles that mention an entity. */
    public record Stats(long mentions, long articles, Instant firstSeen, Instant lastSeen, Double averageTone) {
    }

    private final Pool pool;

    public EntityQueries(Pool pool) {
        this.pool = pool;
    }

    /**
     * @param escapedLowerPrefix lower-cased prefix with LIKE's special characters escaped
     * @param type               exact entity type, or null for all
     */
    public Uni<List<EntitySuggestion>> suggest(String escapedLowerPrefix, String type, int limit) {
        return pool.preparedQuery(SUGGEST).execute(Tuple.tuple(Arrays.asList(escapedLowerPrefix, type, limit)))
                .map(rows -> {
                    List<EntitySuggestion> found = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        found.add(new EntitySuggestion(row.getString("id"), row.getString("name"),
                                row.getString("type"), row.getString("matched"), row.getLong("articles")));
                    }
                    return found;
                });
    }

    /** The entity, or null when the read model does not know the id. */
    public Uni<Identity> identity(String id) {
        return pool.preparedQuery(ENTITY).execute(Tuple.of(id)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            return new Identity(row.getString("id"), row.getString("name"), row.getString("type"),
                    List.of(row.getArrayOfStrings("aliases")));
        });
    }

    /** Name and type of those of {@code ids} the read model knows, by id. */
    public Uni<Map<String, Named>> names(List<String> ids) {
        return pool.preparedQuery(NAMES).execute(Tuple.of(ids.toArray(String[]::new))).map(rows -> {
            Map<String, Named> named = new HashMap<>();
            for (Row row : rows) {
                named.put(row.getString("id"), new Named(row.getString("name"), row.getString("type")));
            }
            return named;
        });
    }

    public Uni<Stats> stats(String id) {
        return pool.preparedQuery(STATS).execute(Tuple.of(id)).map(rows -> {
            Row row = rows.iterator().next();
            return new Stats(row.getLong("mentions"), row.getLong("articles"), instant(row, "first_seen"),
                    instant(row, "last_seen"), row.getDouble("tone"));
        });
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
