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
 * The co-occurrence network, from self-joins of {@code article_entity} (one row per article and entity). Its
 * primary key (article_id, entity_id) and the V2 index (entity_id, article_id) serve both sides of the join, so
 * no further index is needed. Two statements per graph: the nodes, then the edges among them.
 */
@ApplicationScoped
public class GraphQueries {

    /*
     * The centre, then its neighbours that share at least $2 articles with it, most shared first. An unknown
     * centre yields no row at all: the join with entity finds nothing.
     */
    private static final String AROUND = """
            WITH neighbour AS (
                SELECT other.entity_id AS id, count(*) AS shared
                FROM query.article_entity me
                JOIN query.article_entity other ON other.article_id = me.article_id AND other.entity_id <> me.entity_id
                WHERE me.entity_id = $1
                GROUP BY other.entity_id
                HAVING count(*) >= $2
                ORDER BY shared DESC, other.entity_id
                LIMIT $3 - 1),
            picked AS (
                SELECT $1::text AS id, NULL::bigint AS shared
                UNION ALL
                SELECT id, shared FROM neighbour)
            SELECT e.id, e.name, e.type,
                   (SELECT count(*) FROM query.article_entity ae WHERE ae.entity_id = e.id) AS weight
            FROM picked JOIN query.entity e ON e.id = picked.id
            ORDER BY picked.shared DESC NULLS FIRST, e.id
            """;

    private static final String TOP = """
            SELECT e.id, e.name, e.type, count(*) AS weight
            FROM query.article_entity ae JOIN query.entity e ON e.id = ae.entity_id
            GROUP BY e.id, e.name, e.type
            ORDER BY weight DESC, e.id
            LIMIT $1
            """;

    /* Each unordered pair once (source < target), counted over all articles that mention both. */
    private static final String EDGES = """
            SELECT a.entity_id AS source, b.entity_id AS target, count(*) AS articles
            FROM query.article_entity a
            JOIN query.article_entity b ON b.article_id = a.article_id AND b.entity_id > a.entity_id
            WHERE a.entity_id = ANY($1) AND b.entity_id = ANY($1)
            GROUP BY a.entity_id, b.entity_id
            HAVING count(*) >= $2
            ORDER BY articles DESC, source, target
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
