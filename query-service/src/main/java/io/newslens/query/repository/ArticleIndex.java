package io.newslens.query.repository;

import io.newslens.query.config.QueryConfig;
import io.newslens.query.service.ArticleDocument;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * The search index, written through an alias ({@code newslens.query.opensearch.alias}, default {@code articles})
 * that points at one versioned index, {@code <alias>-v<MAPPING_VERSION>}, whose settings and mapping are
 * {@code resources/opensearch/articles-v<MAPPING_VERSION>.json}. A new mapping gets a new version and a reindex
 * (started by {@code service/Reindexer} when it finds the alias on an older version); readers and writers only ever
 * name the alias.
 */
@ApplicationScoped
public class ArticleIndex {

    /**
     * 2: {@code storyId} (near-duplicates folded into one hit). 3: global ordinals of the faceted and collapsed
     * keywords built at refresh rather than by the first search after it, and concurrent segment search for
     * aggregations (docs/benchmarks.md, read model). 4: {@code duplicate}, to count a search's stories cheaply
     * (StoryFolding).
     */
    public static final int MAPPING_VERSION = 4;

    private static final Logger LOG = Logger.getLogger(ArticleIndex.class);

    private final OpenSearchAsyncClient async;
    private final OpenSearchClient blocking;
    private final String alias;
    private volatile boolean ready;

    public ArticleIndex(OpenSearchAsyncClient async, OpenSearchClient blocking, QueryConfig config) {
        this.async = async;
        this.blocking = blocking;
        this.alias = config.opensearch().alias();
    }

    public String alias() {
        return alias;
    }

    /** Creates the index at start-up when OpenSearch is there; otherwise the first write does. */
    void onStart(@Observes StartupEvent event) {
        try {
            ensureIndex();
        } catch (RuntimeException e) {
            LOG.warnf("OpenSearch is not reachable yet (%s); the index is created on the first write", e.getMessage());
        }
    }

    /**
     * Indexes {@code docs} in one {@code _bulk} request, each unless the index already has its enrichment or a newer
     * one ({@code version_type=external}: OpenSearch refuses a version that is not higher; that refusal means
     * "already applied"; of two versions of one article in the batch the newer stays). A document OpenSearch
     * rejects (400, e.g. a value the mapping cannot take) is logged and left out: sending it again cannot help.
     * Fails, for the caller to retry the whole batch, when OpenSearch cannot take a document now (429, 5xx) or
     * cannot be reached. Completes on an OpenSearch I/O thread.
     */
    public Uni<Void> putAll(List<ArticleDocument> docs) {
        return putEach(docs).invoke(rejected -> rejected.forEach((id, reason) ->
                LOG.warnf("Skipping article %s in the search index: OpenSearch rejects it: %s", id, reason)))
                .replaceWithVoid();
    }

    /** As {@link #putAll}, but leaves the rejected documents to the caller: their ids and OpenSearch's reasons. */
    public Uni<Map<String, String>> putEach(List<ArticleDocument> docs) {
        if (docs.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Uni<Void> ensured = ready ? Uni.createFrom().voidItem()
                : Uni.createFrom().item(() -> {
                    ensureIndex();
                    return null;
                }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
        return ensured.chain(() -> Uni.createFrom().completionStage(() -> bulkAsync(docs))).map(answer -> {
            Map<String, String> rejected = new LinkedHashMap<>();
            List<String> failed = new ArrayList<>();
            for (BulkResponseItem item : answer.items()) {
                if (item.error() == null || item.status() == 409) {
                    continue;
                }
                if (item.status() == 400) {
                    rejected.put(item.id(), item.error().reason());
                } else {
                    failed.add(item.id() + ": " + item.status() + " " + item.error().reason());
                }
            }
            if (!failed.isEmpty()) {
                throw new IllegalStateException("Indexing into " + alias + " failed for " + failed);
            }
            return rejected;
        });
    }

    private CompletableFuture<BulkResponse> bulkAsync(List<ArticleDocument> docs) {
        try {
            return async.bulk(b -> b.operations(operations(alias, docs)).requireAlias(true));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** One index operation per document, with its enrichment as external version. */
    private static List<BulkOperation> operations(String target, List<ArticleDocument> docs) {
        return docs.stream().map(doc -> BulkOperation.of(op -> op.index(i -> i
                .index(target).id(doc.id()).document(doc).version(doc.version()).versionType(VersionType.External))))
                .toList();
    }

    /**
     * Whether the alias points at an index made with an older mapping than {@link #MAPPING_VERSION} (an upgrade
     * that needs a reindex). Throws when OpenSearch is unreachable.
     */
    public boolean onOlderMapping() {
        String current = alias + "-v" + MAPPING_VERSION;
        try {
            if (!blocking.indices().existsAlias(a -> a.name(alias)).value()) {
                return false;
            }
            return blocking.indices().getAlias(g -> g.name(alias)).result().keySet().stream()
                    .anyMatch(index -> !index.equals(current) && !index.startsWith(current + "-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates {@code <alias>-v<MAPPING_VERSION>} with the versioned mapping and points the alias at it, unless the alias exists. */
    synchronized void ensureIndex() {
        if (ready) {
            return;
        }
        try {
            if (!blocking.indices().existsAlias(a -> a.name(alias)).value()) {
                createIndex(alias + "-v" + MAPPING_VERSION, true);
            }
            ready = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates a new, empty index with the current mapping for a rebuild, named {@code <alias>-v<version>-<time>};
     * the alias does not point at it yet.
     */
    public String createRebuildIndex() {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        String index = alias + "-v" + MAPPING_VERSION + "-" + stamp;
        createIndex(index, false);
        return index;
    }

    /** Writes {@code docs} into {@code target} (an index or the alias) in one bulk request, with external versions. */
    public void putAll(String target, List<ArticleDocument> docs) {
        if (docs.isEmpty()) {
            return;
        }
        try {
            BulkResponse answer = blocking.bulk(b -> b.operations(operations(target, docs)));
            List<String> failed = answer.items().stream()
                    .filter(item -> item.error() != null && item.status() != 409)
                    .map(item -> item.id() + ": " + item.error().reason())
                    .toList();
            if (!failed.isEmpty()) {
                throw new IllegalStateException("Indexing into " + target + " failed for " + failed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the alias at {@code index} alone, in one atomic request; returns the indexes it pointed at before. */
    public List<String> pointAliasAt(String index) {
        try {
            List<String> before = new ArrayList<>(blocking.indices().getAlias(g -> g.name(alias)).result().keySet());
            blocking.indices().updateAliases(u -> {
                before.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
                return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
            });
            return before;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(List<String> indexes) {
        if (indexes.isEmpty()) {
            return;
        }
        try {
            blocking.indices().delete(d -> d.index(indexes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createIndex(String index, boolean withAlias) {
        String body = withAlias ? mappingWithAlias() : resource("/opensearch/articles-v" + MAPPING_VERSION + ".json");
        try (Response answer = blocking.generic().execute(Requests.builder()
                .method("PUT").endpoint("/" + index).json(body).build())) {
            // 400 resource_already_exists: another instance was first, which is as good
            if (answer.getStatus() >= 300 && !bodyOf(answer).contains("resource_already_exists")) {
                throw new IllegalStateException("Creating index " + index + " failed: " + answer.getStatus()
                        + " " + bodyOf(answer));
            }
            LOG.infof("Created OpenSearch index %s%s", index, withAlias ? " behind alias " + alias : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String mappingWithAlias() {
        String mapping = resource("/opensearch/articles-v" + MAPPING_VERSION + ".json").strip();
        // The alias is created with the index, so no reader ever sees one without the other.
        return mapping.substring(0, mapping.lastIndexOf('}')) + ", \"aliases\": {\"" + alias + "\": {}}}";
    }

    static String resource(String path) {
        try (InputStream in = ArticleIndex.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bodyOf(Response answer) {
        return answer.getBody().map(b -> b.bodyAsString()).orElse("");
    }
}
