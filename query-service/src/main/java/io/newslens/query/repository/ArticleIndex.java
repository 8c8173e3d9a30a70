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
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.IndexResponse;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * The search index, written through an alias ({@code newslens.query.opensearch.alias}, default {@code articles})
 * that points at one versioned index, {@code <alias>-v<MAPPING_VERSION>}, whose settings and mapping are
 * {@code resources/opensearch/articles-v1.json}. A new mapping gets a new version and a reindex; readers and
 * writers only ever name the alias.
 */
@ApplicationScoped
public class ArticleIndex {

    public static final int MAPPING_VERSION = 1;

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
     * Indexes {@code doc} unless the index already has this enrichment or a newer one ({@code version_type=
     * external}: OpenSearch refuses a version that is not higher; that refusal means "already applied").
     * Completes on an OpenSearch I/O thread.
     */
    public Uni<Void> put(ArticleDocument doc) {
        Uni<Void> ensured = ready ? Uni.createFrom().voidItem()
                : Uni.createFrom().item(() -> {
                    ensureIndex();
                    return null;
                }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
        return ensured.chain(() -> Uni.createFrom().completionStage(() -> indexAsync(doc)))
                .onFailure(e -> OpenSearchErrors.status(e) == 409).recoverWithNull()
                .replaceWithVoid();
    }

    private CompletableFuture<IndexResponse> indexAsync(ArticleDocument doc) {
        try {
            return async.index(i -> i
                    .index(alias)
                    .id(doc.id())
                    .document(doc)
                    .version(doc.version())
                    .versionType(VersionType.External)
                    .requireAlias(true));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Makes written documents visible to search now rather than within the refresh interval (tests, reindex). */
    public void refresh() {
        try {
            blocking.indices().refresh(r -> r.index(alias));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates {@code <alias>-v1} with the versioned mapping and points the alias at it, unless the alias exists. */
    synchronized void ensureIndex() {
        if (ready) {
            return;
        }
        try {
            if (!blocking.indices().existsAlias(a -> a.name(alias)).value()) {
                String index = alias + "-v" + MAPPING_VERSION;
                String body = mappingWithAlias();
                try (Response answer = blocking.generic().execute(Requests.builder()
                        .method("PUT").endpoint("/" + index).json(body).build())) {
                    // 400 resource_already_exists: another instance was first, which is as good
                    if (answer.getStatus() >= 300 && !bodyOf(answer).contains("resource_already_exists")) {
                        throw new IllegalStateException("Creating index " + index + " failed: " + answer.getStatus()
                                + " " + bodyOf(answer));
                    }
                }
                LOG.infof("Created OpenSearch index %s behind alias %s", index, alias);
            }
            ready = true;
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
