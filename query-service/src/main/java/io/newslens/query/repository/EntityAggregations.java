package io.newslens.query.repository;

import io.newslens.contracts.api.Graph;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.query.service.ArticleDocument;
import io.newslens.query.service.ArticleQuery;
import io.newslens.query.service.SearchUnavailable;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;

/**
 * Co-mentions counted by OpenSearch at query time from the indexed articles' {@code entityIds} (terms aggregations):
 * an entity's co-mentioned entities and its sources for the profile, and the co-mention network for the graph.
 * Until V12 the projection kept these counts as a PostgreSQL rollup (entity_pair), one row per pair of entities of
 * every article: 116 row upserts per real article, half of PostgreSQL's work in the projection (docs/benchmarks.md,
 * projection throughput, sessions 11 and 12). Counting at query time also lets the graph cover a filtered set of
 * articles. The index has one shard, so the counts are exact (with several, terms counts become estimates).
 */
@ApplicationScoped
public class EntityAggregations {

    private static final String ENTITY_IDS = "entityIds";

    private final OpenSearchAsyncClient client;
    private final ArticleIndex index;

    public EntityAggregations(OpenSearchAsyncClient client, ArticleIndex index) {
        this.client = client;
        this.index = index;
    }

    /** A term (an entity id or a source) and the articles counted for it. */
    public record Count(String key, long articles) {
    }

    /**
     * @param coMentions the other entities mentioned in most of the entity's articles, most first (ties by id)
     * @param sources    the sources of most of its articles, most first (ties by name)
     */
    public record Neighbourhood(List<Count> coMentions, List<Count> sources) {
    }

    /**
     * @param weights each node's articles in the set
     * @param edges   pairs of nodes with their articles in common (source < target by id), most first
     */
    public record Network(Map<String, Long> weights, List<Graph.Edge> edges) {
    }

    /** One request for both lists of the entity's profile. */
    public Uni<Neighbourhood> neighbourhood(String entityId, int entities, int sources) {
        // The entity's own bucket is dropped here rather than excluded in the request: a terms aggregation with
        // an include/exclude collects through a map of ordinals, about twice as slow for a frequent entity (measured
        // 20-25 against 10-12 ms on 100,000 articles).
        SearchRequest request = new SearchRequest.Builder()
                .index(index.alias())
                .query(q -> q.constantScore(c -> c.filter(mentioning(entityId))))
                .size(0)
                .trackTotalHits(t -> t.enabled(false))
                .aggregations("entities", a -> a.terms(t -> t.field(ENTITY_IDS).size(entities + 1)))
                .aggregations("sources", a -> a.terms(t -> t.field("source").size(sources)))
                .build();
        return search(request).map(response -> new Neighbourhood(
                counts(response.aggregations().get("entities")).stream()
                        .filter(c -> !c.key().equals(entityId)).limit(entities).toList(),
                counts(response.aggregations().get("sources"))));
    }

    /** The entities in most articles of the set, each in at least {@code minArticles}, most first (ties by id). */
    public Uni<List<Count>> mostMentioned(ArticleQuery articles, int size, int minArticles) {
        SearchRequest request = new SearchRequest.Builder()
                .index(index.alias())
                .query(q -> q.constantScore(c -> c.filter(OpenSearchArticleSearch.matching(articles))))
                .size(0)
                .trackTotalHits(t -> t.enabled(false))
                .aggregations("entities", a -> a.terms(t -> t.field(ENTITY_IDS).size(size).minDocCount(minArticles)))
                .build();
        return search(request).map(response -> counts(response.aggregations().get("entities")));
    }

    /**
     * Each of {@code ids}' articles in the set and every pair of them in at least {@code minArticles} of the same
     * articles: a terms aggregation on the ids with the same one below it, over the set's articles that name any.
     */
    public Uni<Network> network(ArticleQuery articles, List<String> ids, int minArticles) {
        List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
        SearchRequest request = new SearchRequest.Builder()
                .index(index.alias())
                .query(q -> q.constantScore(c -> c.filter(f -> f.bool(b -> b
                        .filter(OpenSearchArticleSearch.matching(articles))
                        .filter(any -> any.terms(t -> t.field(ENTITY_IDS).terms(v -> v.value(values))))))))
                .size(0)
                .trackTotalHits(t -> t.enabled(false))
                .aggregations("a", a -> a
                        .terms(t -> t.field(ENTITY_IDS).include(i -> i.terms(ids)).size(ids.size()))
                        .aggregations("b", b -> b.terms(t -> t.field(ENTITY_IDS).include(i -> i.terms(ids))
                                .size(ids.size()).minDocCount(minArticles))))
                .build();
        return search(request).map(response -> {
            Map<String, Long> weights = new LinkedHashMap<>();
            List<Graph.Edge> edges = new ArrayList<>();
            for (StringTermsBucket a : response.aggregations().get("a").sterms().buckets().array()) {
                weights.put(a.key(), a.docCount());
                for (StringTermsBucket b : a.aggregations().get("b").sterms().buckets().array()) {
                    if (a.key().compareTo(b.key()) < 0) { // each pair once, as source < target
                        edges.add(new Graph.Edge(a.key(), b.key(), b.docCount()));
                    }
                }
            }
            edges.sort(Comparator.comparingLong(Graph.Edge::articles).reversed()
                    .thenComparing(Graph.Edge::source).thenComparing(Graph.Edge::target));
            return new Network(weights, edges);
        });
    }

    private static Query mentioning(String entityId) {
        return Query.of(q -> q.term(t -> t.field(ENTITY_IDS).value(FieldValue.of(entityId))));
    }

    private static List<Count> counts(Aggregate terms) {
        return terms.sterms().buckets().array().stream().map(b -> new Count(b.key(), b.docCount())).toList();
    }

    private Uni<SearchResponse<ArticleDocument>> search(SearchRequest request) {
        return Uni.createFrom().completionStage(() -> OpenSearchArticleSearch.searchAsync(client, request))
                .onFailure(e -> !(e instanceof ProblemException)).transform(e -> new SearchUnavailable(e.toString()));
    }
}
