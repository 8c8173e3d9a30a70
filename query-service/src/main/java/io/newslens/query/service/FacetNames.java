package io.newslens.query.service;

import io.newslens.contracts.api.SearchFacets;
import io.newslens.contracts.api.SearchResult;
import io.newslens.query.repository.EntityQueries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Names the entity facet of a search from PostgreSQL's entity rows, one primary-key lookup for the page's (at most
 * 20) ids. OpenSearch counts the ids; naming them there took a top_hits per bucket, which cost more than the terms
 * aggregation itself on a common word. PostgreSQL unreachable: the facet keeps its ids and counts without names,
 * and the search still answers, since it does not otherwise need the database.
 */
@ApplicationScoped
public class FacetNames {

    private static final Logger LOG = Logger.getLogger(FacetNames.class);

    private final EntityQueries entities;

    public FacetNames(EntityQueries entities) {
        this.entities = entities;
    }

    public Uni<SearchResult> name(SearchResult result) {
        SearchFacets facets = result.facets();
        if (facets == null || facets.entities() == null || facets.entities().isEmpty()) {
            return Uni.createFrom().item(result);
        }
        List<String> ids = facets.entities().stream().map(SearchFacets.EntityCount::id).toList();
        return entities.names(ids)
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("entity facet left unnamed, PostgreSQL did not answer: %s", e.toString());
                    return Map.of();
                })
                .map(named -> result.withFacets(new SearchFacets(facets.entities().stream()
                        .map(count -> named(count, named.get(count.id()))).toList(), facets.sources(),
                        facets.days())));
    }

    private static SearchFacets.EntityCount named(SearchFacets.EntityCount count, EntityQueries.Named named) {
        return named == null ? count
                : new SearchFacets.EntityCount(count.id(), named.name(), named.type(), count.count());
    }
}
