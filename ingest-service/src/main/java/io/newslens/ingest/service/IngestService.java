package io.newslens.ingest.service;

import io.newslens.contracts.api.ArticleStatusView;
import io.newslens.contracts.api.ArticleStatusView.StatusChange;
import io.newslens.contracts.tracing.ArticleTraces;
import io.newslens.contracts.tracing.ArticleTraces.TraceHeaders;
import io.newslens.contracts.tracing.RequestIds;
import io.newslens.contracts.api.ArticleStatus;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.BatchItemResult;
import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.model.Article;
import io.newslens.ingest.repository.ArticleRepository;
import io.newslens.ingest.repository.ArticleWriter;
import io.newslens.ingest.repository.StoredArticle;
import io.opentelemetry.api.trace.Span;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accepts articles: each new article row and its outbox event are committed together, or neither is; an article
 * whose clean text is already stored is not stored again and answers the existing id.
 */
@ApplicationScoped
public class IngestService {

    private final ArticlePreparer preparer;
    private final PreparationPool prepPool;
    private final ArticleWriter writer;
    private final GroupCommit singles;
    private final ArticleRepository articles;
    private final int rowsPerTransaction;
    private final int workerThreads;
    private final IngestMetrics metrics;

    public IngestService(ArticlePreparer preparer, PreparationPool prepPool, ArticleWriter writer,
            GroupCommit singles, ArticleRepository articles, IngestConfig config,
            IngestMetrics metrics) {
        this.metrics = metrics;
        this.preparer = preparer;
        this.prepPool = prepPool;
        this.writer = writer;
        this.singles = singles;
        this.articles = articles;
        this.rowsPerTransaction = config.batch().rowsPerTransaction();
        this.workerThreads = config.preparation().workerThreads();
    }

    /**
     * Cleans and stores one article; the preparation runs on the {@code ingest-prep} pool, the write shares a
     * transaction with other single articles arriving at the same time ({@link GroupCommit}). The request's id and
     * trace context go with the article's event; its span gets the article's id.
     */
    public Uni<StoredArticle> ingest(ArticleSubmission submission) {
        String requestId = RequestIds.current();
        TraceHeaders trace = TraceHeaders.current();
        Span span = Span.current();
        return Uni.createFrom().item(() -> preparer.prepare(submission))
                .runSubscriptionOn(prepPool)
                .invoke(article -> {
                    article.requestId = requestId;
                    article.trace = trace;
                })
                .onItem().transformToUni(article -> singles.write(article)
                        .invoke(stored -> metrics.stored(List.of(article), List.of(stored))))
                .invoke(stored -> ArticleTraces.mark(span, stored.id().toString()));
    }

    /**
     * Stores every valid item, in transactions of {@code rows-per-transaction} articles, and answers one result per
     * item in input order. Preparation runs on the {@code ingest-prep} pool, in as many slices as it has threads;
     * an item whose text repeats an earlier item of the same batch is its duplicate. Every article's event carries
     * {@code requestId} and {@code trace} (the request's; null and {@link TraceHeaders#NONE} when none).
     */
    public Uni<List<BatchItemResult>> ingestBatch(List<BatchItem> items, String requestId, TraceHeaders trace) {
        int slices = Math.max(1, Math.min(workerThreads, items.size()));
        int size = (items.size() + slices - 1) / slices;
        List<Uni<List<Outcome>>> prepared = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            List<BatchItem> slice = items.subList(from, Math.min(items.size(), from + size));
            prepared.add(Uni.createFrom().item(() -> prepare(slice, requestId, trace)).runSubscriptionOn(prepPool));
        }
        if (prepared.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(prepared).andFailFast()
                .map(outcomes -> merge(outcomes.stream().flatMap(List::stream).toList()))
                .onItem().transformToUni(this::store);
    }

    @WithSession
    public Uni<Article> find(String id) {
        UUID uuid = parseId(id);
        return articles.findById(uuid).onItem().ifNull().failWith(() -> new ArticleNotFound(id));
    }

    @WithSession
    public Uni<ArticleStatusView> status(String id) {
        UUID uuid = parseId(id);
        return articles.findById(uuid).onItem().ifNull().failWith(() -> new ArticleNotFound(id))
                .map(IngestService::statusOf);
    }

    private static ArticleStatusView statusOf(Article a) {
        List<StatusChange> history = new ArrayList<>();
        history.add(new StatusChange(ArticleStatus.RECEIVED, a.receivedAt));
        if (a.sentAt != null) {
            history.add(new StatusChange(ArticleStatus.PUBLISHED, a.sentAt));
        }
        if (a.enrichedAt != null) {
            history.add(new StatusChange(ArticleStatus.ENRICHED, a.enrichedAt));
        }
        if (a.failedAt != null) {
            history.add(new StatusChange(ArticleStatus.FAILED, a.failedAt));
        }
        history.sort(java.util.Comparator.comparing(StatusChange::at));
        return new ArticleStatusView(a.id.toString(), a.status, a.statusReason, history,
                a.duplicateOf == null ? null : a.duplicateOf.toString());
    }

    /** One item after preparation: the article to store, or its rejection. */
    private record Outcome(int index, Article article, BatchItemResult rejected) {
    }

    /** The batch after preparation: what each item became, and the distinct new articles to store. */
    private record Prepared(Map<Integer, BatchItemResult> rejected, Map<Integer, Integer> firstOfText,
            List<Integer> indexes, List<Article> articles) {
    }

    /** Blocking (CPU): runs on the {@code ingest-prep} pool. */
    private List<Outcome> prepare(List<BatchItem> items, String requestId, TraceHeaders trace) {
        List<Outcome> outcomes = new ArrayList<>(items.size());
        for (BatchItem item : items) {
            if (item instanceof BatchItem.Rejected r) {
                outcomes.add(new Outcome(r.index(), null,
                        BatchItemResult.rejected(r.index(), r.reason(), r.errors())));
                continue;
            }
            BatchItem.Valid v = (BatchItem.Valid) item;
            try {
                Article article = preparer.prepare(v.submission(), v.raw());
                article.requestId = requestId;
                article.trace = trace;
                outcomes.add(new Outcome(v.index(), article, null));
            } catch (OnlyBoilerplate e) {
                outcomes.add(new Outcome(v.index(), null,
                        BatchItemResult.rejected(v.index(), e.getMessage(), e.errors())));
            }
        }
        return outcomes;
    }

    /** In input order: the first item with a text is stored, later ones are its duplicates. */
    private static Prepared merge(List<Outcome> outcomes) {
        Map<Integer, BatchItemResult> rejected = new LinkedHashMap<>();
        Map<Integer, Integer> firstOfText = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> indexes = new ArrayList<>();
        List<Article> toStore = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.rejected() != null) {
                rejected.put(o.index(), o.rejected());
                continue;
            }
            Integer first = seen.putIfAbsent(o.article().textHash, o.index());
            if (first == null) {
                indexes.add(o.index());
                toStore.add(o.article());
            } else {
                firstOfText.put(o.index(), first);
            }
        }
        return new Prepared(rejected, firstOfText, indexes, toStore);
    }

    private Uni<List<BatchItemResult>> store(Prepared prepared) {
        List<List<Integer>> chunks = chunks(prepared.articles().size());
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> {
                    List<Article> slice = chunk.stream().map(prepared.articles()::get).toList();
                    return writer.insert(slice).invoke(stored -> metrics.stored(slice, stored));
                })
                .onCompletion().invoke(() -> {
                    metrics.repeatedInBatch(prepared.firstOfText().size());
                    metrics.rejected(prepared.rejected().values());
                })
                .collect().asList()
                .map(stored -> results(prepared, stored.stream().flatMap(List::stream).toList()));
    }

    private static List<BatchItemResult> results(Prepared prepared, List<StoredArticle> stored) {
        Map<Integer, BatchItemResult> byIndex = new LinkedHashMap<>(prepared.rejected());
        for (int i = 0; i < stored.size(); i++) {
            int index = prepared.indexes().get(i);
            StoredArticle s = stored.get(i);
            byIndex.put(index, s.duplicate() ? BatchItemResult.duplicate(index, s.id().toString())
                    : BatchItemResult.accepted(index, s.id().toString()));
        }
        prepared.firstOfText().forEach((index, first) ->
                byIndex.put(index, BatchItemResult.duplicate(index, byIndex.get(first).id())));
        return byIndex.values().stream().sorted((a, b) -> Integer.compare(a.index(), b.index())).toList();
    }

    private List<List<Integer>> chunks(int size) {
        List<List<Integer>> chunks = new ArrayList<>();
        for (int from = 0; from < size; from += rowsPerTransaction) {
            List<Integer> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(size, from + rowsPerTransaction); i++) {
                chunk.add(i);
            }
            chunks.add(chunk);
        }
        return chunks;
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ArticleNotFound(id);
        }
    }
}
