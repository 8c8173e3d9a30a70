package io.newslens.query.repository;

import io.newslens.contracts.api.Graph;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The co-occurrence network, from the V8 rollups the projection keeps: {@code entity_pair} (articles per unordered
 * pair of entity numbers, a < b, since V10) for neighbours and edges, {@code entity_total} (articles per entity) for
 * node weights. Two statements per graph: the nodes, then the edges among them; neither reads article_entity, so
 * their cost does not grow with the entity's article count.
 */
@ApplicationScoped
public class GraphQueries {

    /*
     * The centre, then its neighbours that share at least $2 articles with it, most shared first (ties by entity
     * number: the limit is applied to entity_pair's numbers, before the few picked are looked up by number). An
     * unknown centre yields no row at all: it has no number, and the join with entity finds nothing.
     */
    private static final String AROUND = """
            WITH centre AS (
                SELECT num FROM query.entity WHERE id = $1),
            neighbour AS (
                SELECT n.other AS num, n.articles AS shared
                FROM (SELECT p.b AS other, p.articles FROM query.entity_pair p JOIN centre c ON p.a = c.num
                      UNION ALL
                      SELECT p.a, p.articles FROM query.entity_pair p JOIN centre c ON p.b = c.num) n
                WHERE n.articles >= $2
                ORDER BY shared DESC, n.other
                LIMIT $3 - 1),
            picked AS (
                SELECT e.id, NULL::bigint AS shared FROM query.entity e WHERE e.id = $1
                UNION ALL
                SELECT e.id, neighbour.shared FROM neighbour JOIN query.entity e ON e.num = neighbour.num)
            SELECT e.id, e.name, e.type, coalesce(t.articles, 0) AS weight
            FROM picked JOIN query.entity e ON e.id = picked.id
            LEFT JOIN query.entity_total t ON t.entity_id = e.id
            ORDER BY picked.shared DESC NULLS FIRST, e.id
            """;

    /* A top-N sort of entity_total (one row per entity with articles): no index, so increments stay HOT updates. */
    private static final String TOP = """
            SELECT e.id, e.name, e.type, t.articles AS weight
            FROM query.entity_total t JOIN query.entity e ON e.id = t.entity_id
            ORDER BY weight DESC, e.id
            LIMIT $1
            """;

    /*
     * Every unordered pair of the given ids looked up by entity_pair's key (their numbers, a < b), given as source <
     * target by id: the ids compare in their column's collation, "C" (V9).
     */
    private static final String EDGES = """
            WITH node AS (
                SELECT id, num FROM query.entity WHERE id = ANY($1))
            SELECT least(x.id, y.id) AS source, greatest(x.id, y.id) AS target, p.articles
            FROM node x
            JOIN node y ON y.num > x.num
            JOIN query.entity_pair p ON p.a = x.num AND p.b = y.num
            WHERE p.articles >= $2
            ORDER BY p.articles DESC, source, target
            """;

    private final Pool pool;

    public GraphQueries(Pool pool) {
        this.pool = pool;
    }

    /** The centre first, then at most {@code limit - 1} neighbours; empty when the centre is unknown. */
    public Uni<List<Graph.Node>> around(String entityId, int minShared, int limit) {
        return pool.preparedQuery(AROUND).execute(Tuple.of(entityId, minShared, limit)).map(GraphQueries::nodes);
    }

    /** The entities mentioned in most articles. */
    public Uni<List<Graph.Node>> top(int limit) {
        return pool.preparedQuery(TOP).execute(Tuple.of(limit)).map(GraphQueries::nodes);
    }

    /** Pairs among {@code ids} mentioned together in at least {@code minArticles} articles. */
    public Uni<List<Graph.Edge>> edges(List<String> ids, int minArticles) {
        if (ids.size() < 2) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery(EDGES).execute(Tuple.of(ids.toArray(String[]::new), minArticles)).map(rows -> {
            List<Graph.Edge> edges = new ArrayList<>(rows.size());
            for (Row row : rows) {
                edges.add(new Graph.Edge(row.getString("source"), row.getString("target"), row.getLong("articles")));
            }
            return edges;
        });
    }

    private static List<Graph.Node> nodes(RowSet<Row> rows) {
        List<Graph.Node> nodes = new ArrayList<>(rows.size());
        for (Row row : rows) {
            nodes.add(new Graph.Node(row.getString("id"), row.getString("name"), row.getString("type"),
                    row.getLong("weight")));
        }
        return nodes;
    }
}
