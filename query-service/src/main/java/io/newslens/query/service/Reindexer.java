package io.newslens.query.service;

import io.newslens.contracts.api.ReindexResult;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.query.repository.ArticleDocuments;
import io.newslens.query.repository.ArticleIndex;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Rebuilds the search index from the read model: a new index with the current mapping, filled from PostgreSQL
 * in pages, then the alias swapped to it atomically and the old index deleted. The projection keeps writing
 * through the alias meanwhile; what it stored while the copy ran is indexed again after the swap (external
 * versions make the repeat harmless), so nothing is lost whichever index it went to.
 */
@ApplicationScoped
public class Reindexer {

    private static final Logger LOG = Logger.getLogger(Reindexer.class);
    private static final int PAGE = 500;
    /** Articles updated this long before the copy started are indexed again: a write may commit late. */
    private static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);

    private final ArticleDocuments documents;
    private final ArticleIndex index;
    private final AtomicBoolean running = new AtomicBoolean();

    public Reindexer(ArticleDocuments documents, ArticleIndex index) {
        this.documents = documents;
        this.index = index;
    }

    /**
     * After an upgrade whose mapping is newer than the index behind the alias, rebuilds the index in the background
     * (search answers from the old one meanwhile; documents the old mapping refuses are written again by the
     * rebuild's catch-up). When OpenSearch is unreachable at start-up, {@code POST /admin/reindex} does it later.
     */
    void upgradeOnStart(@Observes StartupEvent event) {
        boolean older;
        try {
            older = index.onOlderMapping();
        } catch (RuntimeException e) {
            LOG.warnf("OpenSearch unreachable at start-up (%s): the index mapping version was not checked", e.getMessage());
            return;
        }
        if (older) {
            LOG.infof("The index behind alias %s has an older mapping than v%d: rebuilding it", index.alias(),
                    ArticleIndex.MAPPING_VERSION);
            reindex().subscribe().with(r -> { }, e -> LOG.errorf("Rebuilding the index failed: %s", e.getMessage()));
        }
    }

    /** Runs the rebuild on a worker thread (it blocks on OpenSearch and PostgreSQL); one at a time. */
    public Uni<ReindexResult> reindex() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().failure(new ProblemException(409, "Reindex running",
                    "A rebuild of the search index is already running"));
        }
        return Uni.createFrom().item(this::rebuild)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(e -> !(e instanceof ProblemException)).transform(e -> new SearchUnavailable(e.toString()))
                .eventually(() -> running.set(false));
    }

    private ReindexResult rebuild() {
        Instant started = Instant.now();
        String target = index.createRebuildIndex();
        long indexed = copy(target, Instant.EPOCH);
        List<String> old = index.pointAliasAt(target);
        long caughtUp = copy(index.alias(), started.minus(CATCH_UP_MARGIN));
        index.delete(old);
        long took = Duration.between(started, Instant.now()).toMillis();
        LOG.infof("Reindexed %d articles into %s (%d caught up) in %d ms; deleted %s", indexed, target, caughtUp,
                took, old);
        return new ReindexResult(target, indexed, caughtUp, old, took);
    }

    private long copy(String target, Instant updatedSince) {
        long count = 0;
        String after = "";
        while (true) {
            List<ArticleDocument> page = documents.page(after, updatedSince, PAGE).await().atMost(Duration.ofMinutes(1));
            if (page.isEmpty()) {
                return count;
            }
            index.putAll(target, page);
            count += page.size();
            after = page.get(page.size() - 1).id();
        }
    }
}
