package io.newslens.query.service;

import io.newslens.contracts.api.Graph;
import io.newslens.query.repository.GraphQueries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Which entities appear together: a network of nodes (entities) and edges (shared articles). */
@ApplicationScoped
public class EntityGraph {

    private final GraphQueries queries;

    public EntityGraph(GraphQueries queries) {
        this.queries = queries;
    }

    /**
     * The entity and the entities sharing at least {@code minWeight} articles with it, most shared first, then
     * every edge of at least {@code minWeight} articles among them; {@link EntityNotFound} when unknown.
     */
    public Uni<Graph> around(String entityId, int minWeight, int limit) {
        return queries.around(entityId, minWeight, limit)
                .invoke(nodes -> {
                    if (nodes.isEmpty()) {
                        throw new EntityNotFound(entityId);
                    }
                })
                .chain(nodes -> withEdges(nodes, minWeight));
    }

    /** The {@code limit} entities mentioned in most articles and the edges of at least {@code minWeight} among them. */
    public Uni<Graph> top(int minWeight, int limit) {
        return queries.top(limit).chain(nodes -> withEdges(nodes, minWeight));
    }

    private Uni<Graph> withEdges(List<Graph.Node> nodes, int minWeight) {
        return queries.edges(nodes.stream().map(Graph.Node::id).toList(), minWeight)
                .map(edges -> new Graph(nodes, edges));
    }
}
