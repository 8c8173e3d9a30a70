package io.newslens.query.service;

import io.newslens.contracts.api.Graph;
import io.newslens.query.repository.EntityAggregations;
import io.newslens.query.repository.EntityQueries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which entities appear together: a network of nodes (entities) and edges (shared articles) over a set of articles
 * (all of them, or those a search's filters choose), counted by the search index; names and types from PostgreSQL.
 */
@ApplicationScoped
public class EntityGraph {

    private final EntityAggregations aggregations;
    private final EntityQueries entities;

    public EntityGraph(EntityAggregations aggregations, EntityQueries entities) {
        this.aggregations = aggregations;
        this.entities = entities;
    }

    /**
     * With {@code centres}: they come first, then the entities in most of the set's articles that mention them all,
     * each in at least {@code minWeight}. Without: the entities in most of the set's articles. Then each node's
     * weight (its articles in the set) and every edge of at least {@code minWeight} articles of the set among them,
     * also between two neighbours (their articles in common, not only those with a centre). {@link EntityNotFound}
     * when a centre is unknown.
     *
     * @param set the articles counted, whatever entities they mention ({@link ArticleQuery#entities()} is ignored)
     */
    public Uni<Graph> graph(List<String> centres, ArticleQuery set, int minWeight, int limit) {
        ArticleQuery articles = set.withEntities(List.of());
        if (centres.isEmpty()) {
            return aggregations.mostMentioned(articles, limit, 1)
                    .chain(top -> withEdges(articles, top.stream().map(EntityAggregations.Count::key).toList(),
                            minWeight, Map.of()));
        }
        return entities.names(centres)
                .invoke(named -> centres.stream().filter(id -> !named.containsKey(id)).findFirst().ifPresent(id -> {
                    throw new EntityNotFound(id);
                }))
                .chain(named -> aggregations.mostMentioned(articles.withEntities(centres), limit + centres.size(),
                                minWeight)
                        .chain(shared -> {
                            List<String> ids = new ArrayList<>(centres);
                            shared.stream().map(EntityAggregations.Count::key).filter(id -> !centres.contains(id))
                                    .limit(Math.max(0, limit - centres.size())).forEach(ids::add);
                            return withEdges(articles, ids, minWeight, named);
                        }));
    }

    /** The graph of {@code ids}; names and types of those not in {@code known} are looked up. */
    private Uni<Graph> withEdges(ArticleQuery articles, List<String> ids, int minWeight,
            Map<String, EntityQueries.Named> known) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(new Graph(List.of(), List.of()));
        }
        List<String> unnamed = ids.stream().filter(id -> !known.containsKey(id)).toList();
        Uni<Map<String, EntityQueries.Named>> names = unnamed.isEmpty()
                ? Uni.createFrom().item(Map.of())
                : entities.names(unnamed);
        return Uni.combine().all().unis(aggregations.network(articles, ids, minWeight), names)
                .with((network, looked) -> new Graph(ids.stream().map(id -> {
                    EntityQueries.Named name = known.getOrDefault(id, looked.get(id));
                    return new Graph.Node(id, name == null ? null : name.name(), name == null ? null : name.type(),
                            network.weights().getOrDefault(id, 0L));
                }).toList(), network.edges()));
    }
}
