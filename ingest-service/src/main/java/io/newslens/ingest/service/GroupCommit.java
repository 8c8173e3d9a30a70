package io.newslens.ingest.service;

import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.model.Article;
import io.newslens.ingest.repository.ArticleWriter;
import io.newslens.ingest.repository.StoredArticle;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes single articles (one per {@code POST /articles}) with at most {@code single.concurrent-transactions}
 * transactions in flight: articles that arrive while those are busy wait in a queue and go into the next
 * transaction together, up to {@code batch.rows-per-transaction} of them. An idle service writes each article at
 * once; a busy one pays one transaction (begin, near-duplicate lookup, insert, commit) per group instead of per
 * article. Each caller is answered only after the transaction holding its article committed, as before.
 *
 * <p>Within a group, an article whose text hash repeats an earlier one of the group is answered as that one's
 * duplicate, exactly as if it had come a moment later; near-duplicates within the group are found by the writer.
 * A failed transaction fails every request of its group.
 */
@ApplicationScoped
public class GroupCommit {

    private record Pending(Article article, CompletableFuture<StoredArticle> result) {
    }

    private final ArticleWriter writer;
    private final int maxTransactions;
    private final int maxRows;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();

    public GroupCommit(ArticleWriter writer, IngestConfig config) {
        this.writer = writer;
        this.maxTransactions = config.single().concurrentTransactions();
        this.maxRows = config.batch().rowsPerTransaction();
    }

    /** Stores {@code article} (prepared) with its outbox row; answers once committed. */
    public Uni<StoredArticle> write(Article article) {
        CompletableFuture<StoredArticle> result = new CompletableFuture<>();
        queue.add(new Pending(article, result));
        drain();
        return Uni.createFrom().completionStage(result);
    }

    /** Starts transactions for queued articles while fewer than the limit are in flight. */
    private void drain() {
        while (!queue.isEmpty()) {
            int running = inFlight.get();
            if (running >= maxTransactions) {
                return; // a running transaction drains again when it ends
            }
            if (!inFlight.compareAndSet(running, running + 1)) {
                continue;
            }
            List<Pending> group = new ArrayList<>();
            Pending next;
            while (group.size() < maxRows && (next = queue.poll()) != null) {
                group.add(next);
            }
            if (group.isEmpty()) {
                inFlight.decrementAndGet();
                continue;
            }
            store(group).subscribe().with(ignored -> {
                inFlight.decrementAndGet();
                drain();
            }, failure -> {
                inFlight.decrementAndGet();
                drain();
            });
        }
    }

    private Uni<Void> store(List<Pending> group) {
        Map<String, Pending> firstOfText = new LinkedHashMap<>();
        for (Pending p : group) {
            firstOfText.putIfAbsent(p.article().textHash, p);
        }
        List<Pending> distinct = List.copyOf(firstOfText.values());
        // Deferred, so that even an exception thrown while building the statement fails the group and frees its slot.
        return Uni.createFrom().deferred(() -> writer.insert(distinct.stream().map(Pending::article).toList()))
                .onItem().invoke(stored -> {
                    Map<String, StoredArticle> byText = new LinkedHashMap<>();
                    for (int i = 0; i < distinct.size(); i++) {
                        byText.put(distinct.get(i).article().textHash, stored.get(i));
                    }
                    for (Pending p : group) {
                        StoredArticle s = byText.get(p.article().textHash);
                        p.result().complete(firstOfText.get(p.article().textHash) == p ? s
                                : new StoredArticle(s.id(), s.status(), true));
                    }
                })
                .onFailure().invoke(failure -> group.forEach(p -> p.result().completeExceptionally(failure)))
                .replaceWithVoid();
    }
}
