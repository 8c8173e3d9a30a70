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
 * pair, a < b) for neighbours and edges, {@code entity_total} (articles per entity) for node weights. Two statements
 * per graph: the nodes, then the edges among them; neither reads article_entity, so their cost does not grow with
 * the entity's article count.
 */
@ApplicationScoped
public class GraphQueries {

    /*
     * The centre, then its neighbours that share at least $2 articles with it, most shared first. An unknown
     * centre yields no row at all: the join with entity finds nothing.
     */
    private static final String AROUND = """
            WITH neighbour AS (
                SELECT n.other AS id, n.articles AS shared
                FROM (SELECT p.b AS other, p.articles FROM query.entity_pair p WHERE p.a = $1
                      UNION ALL
                      SELECT p.a, p.articles FROM query.entity_pair p WHERE p.b = $1) n
                WHERE n.articles >= $2
                ORDER BY shared DESC, n.other
                LIMIT $3 - 1),
            picked AS (
                SELECT $1::text AS id, NULL::bigint AS shared
                UNION ALL
                SELECT id, shared FROM neighbour)
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
     * Every unordered pair of the given ids (source < target) looked up by entity_pair's key: compared in the key's
     * collation, "C" (V9), since the parameters would otherwise compare in the database's.
     */
    private static final String EDGES = """
            SELECT p.a AS source, p.b AS target, p.articles
            FROM unnest($1::text[]) x(id)
            JOIN unnest($1::text[]) y(id) ON y.id > x.id COLLATE "C"
            JOIN query.entity_pair p ON p.a = x.id AND p.b = y.id
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
