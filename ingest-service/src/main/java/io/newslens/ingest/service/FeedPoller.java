package io.newslens.ingest.service;

import io.newslens.contracts.tracing.ArticleTraces.TraceHeaders;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.BatchItemStatus;
import io.newslens.contracts.api.FeedView.PollStatus;
import io.newslens.ingest.client.WebFetcher;
import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.repository.FeedRepository;
import io.newslens.ingest.repository.FeedRepository.PolledFeed;
import io.newslens.ingest.service.FeedParser.FeedEntry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Polls feeds: claims the due ones (see {@link FeedRepository}), fetches each with a conditional GET, and ingests every
 * item not handled before by fetching its page and taking it down the same path as an uploaded HTML file
 * ({@link HtmlPages}, then {@link IngestService#ingestBatch}). One feed's failure is recorded on that feed and never
 * stops the others; one item's failure is recorded on that item and the poll goes on.
 */
@ApplicationScoped
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);
    private static final String FEED_TYPES =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    private static final String PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    private static final Set<String> PAGE_MEDIA_TYPES = Set.of("text/html", "application/xhtml+xml");

    /** What a poll's items came to: the failed ones (null if none), and whether some wait for the next poll. */
    private record ItemsOutcome(String errors, boolean leftOver) {
    }

    /** What the feed answered: not modified, or its items with the new validators. */
    private record FeedRead(boolean notModified, List<FeedEntry> entries, String etag, String lastModified) {
    }

    private final FeedRepository feeds;
    private final WebFetcher web;
    private final FeedParser parser;
    private final HtmlPages pages;
    private final Validator validator;
    private final IngestService ingest;
    private final FeedPollPool pollPool;
    private final IngestConfig.Feeds config;

    public FeedPoller(FeedRepository feeds, WebFetcher web, FeedParser parser, HtmlPages pages, Validator validator,
            IngestService ingest, FeedPollPool pollPool, IngestConfig config) {
        this.feeds = feeds;
        this.web = web;
        this.parser = parser;
        this.pages = pages;
        this.validator = validator;
        this.ingest = ingest;
        this.pollPool = pollPool;
        this.config = config.feeds();
    }

    @Scheduled(every = "${newslens.ingest.feeds.scheduler-every}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> pollDue() {
        return feeds.claimDue(config.claimBatch(), config.pollLease())
                .onItem().transformToMulti(due -> Multi.createFrom().iterable(due))
                .onItem().transformToUni(this::poll).merge(config.workerThreads())
                .collect().asList().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf("Looking for due feeds failed, will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull();
    }

    /** One poll of a claimed feed; always completes, recording OK, NOT_MODIFIED or ERROR with the reason. */
    public Uni<Void> poll(PolledFeed feed) {
        return Uni.createFrom().item(() -> read(feed)).runSubscriptionOn(pollPool)
                .onItem().transformToUni(read -> read.notModified()
                        ? feeds.recordPoll(feed.id(), PollStatus.NOT_MODIFIED, null, null, null)
                        : ingestNew(feed, read.entries()).onItem().transformToUni(items -> feeds.recordPoll(
                                feed.id(), PollStatus.OK, items.errors(),
                                // Items left for the next poll must not be hidden behind a 304: keep the old
                                // validators until every new item had its turn.
                                items.leftOver() ? null : read.etag(), items.leftOver() ? null : read.lastModified())))
                .onFailure().recoverWithUni(e -> {
                    LOG.infof("Feed %s failed: %s", feed.url(), reason(e));
                    return feeds.recordPoll(feed.id(), PollStatus.ERROR, reason(e), null, null);
                })
                .onFailure().invoke(e -> LOG.warnf("Could not record the poll of feed %s: %s", feed.url(), reason(e)))
                .onFailure().recoverWithNull();
    }

    /** Blocking (network IO, XML parsing): runs on the {@code feed-poll} pool. */
    private FeedRead read(PolledFeed feed) {
        WebFetcher.Fetched answer = web.get(feed.url(), FEED_TYPES, feed.etag(), feed.lastModified());
        if (answer.notModified()) {
            return new FeedRead(true, List.of(), null, null);
        }
        return new FeedRead(false, parser.parse(answer.body(), feed.url()), answer.etag(), answer.lastModified());
    }

    /**
     * Ingests the entries not handled before, one after the other, at most {@code max-items-per-poll}; answers a
     * summary of the failed ones (or null) and whether some were left for the next poll.
     */
    private Uni<ItemsOutcome> ingestNew(PolledFeed feed, List<FeedEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().item(new ItemsOutcome(null, false));
        }
        List<String> keys = entries.stream().map(FeedEntry::key).distinct().toList();
        return feeds.unhandled(feed.id(), keys, config.maxItemAttempts()).onItem().transformToUni(unhandled -> {
            // remove(): an item listed twice in the feed is ingested once.
            List<FeedEntry> todo = entries.stream().filter(e -> unhandled.remove(e.key())).toList();
            List<FeedEntry> now = todo.subList(0, Math.min(todo.size(), config.maxItemsPerPoll()));
            return Multi.createFrom().iterable(now)
                    .onItem().transformToUniAndConcatenate(entry -> ingestItem(feed, entry))
                    .collect().asList()
                    .map(errors -> new ItemsOutcome(summary(errors.stream().filter(Objects::nonNull).toList()),
                            now.size() < todo.size()));
        });
    }

    /** Fetches, extracts and stores one item; answers why it failed, or null. Never fails itself. */
    private Uni<String> ingestItem(PolledFeed feed, FeedEntry entry) {
        return Uni.createFrom().item(() -> pageItem(entry)).runSubscriptionOn(pollPool)
                .onItem().transformToUni(item -> ingest.ingestBatch(List.of(item), null, TraceHeaders.NONE))
                .map(results -> results.get(0))
                .onItem().transformToUni(result -> {
                    String error = result.status() == BatchItemStatus.REJECTED ? result.reason() : null;
                    UUID article = error == null ? UUID.fromString(result.id()) : null;
                    return feeds.recordItem(feed.id(), entry.key(), entry.link(), article, error).replaceWith(error);
                })
                .onFailure().recoverWithUni(e -> feeds.recordItem(feed.id(), entry.key(), entry.link(), null,
                        reason(e)).replaceWith(reason(e)))
                .map(error -> error == null ? null : entry.link() + ": " + error)
                .onFailure().recoverWithItem(e -> entry.link() + ": " + reason(e));
    }

    /**
     * Blocking (network IO, CPU): the item's page as a batch item, as an uploaded HTML file becomes one. The article's
     * url is the item's link; the feed's title and date fill in what the page does not say.
     */
    private BatchItem pageItem(FeedEntry entry) {
        WebFetcher.Fetched page = web.get(entry.link(), PAGE_TYPES, null, null);
        String type = page.contentType() == null ? "text/html"
                : page.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!PAGE_MEDIA_TYPES.contains(type)) {
            return new BatchItem.Rejected(0, "not an HTML page (" + type + ")", List.of());
        }
        ArticleSubmission explicit = new ArticleSubmission("-", null, null, entry.link(), null);
        ArticleSubmission fromFeed = new ArticleSubmission("-", entry.title(), null, null, entry.publishedAt());
        Optional<HtmlPages.Page> read = pages.read(page.body(), explicit, fromFeed);
        if (read.isEmpty()) {
            return new BatchItem.Rejected(0, "no article text found in the page", List.of());
        }
        Set<ConstraintViolation<ArticleSubmission>> violations = validator.validate(read.get().submission());
        if (!violations.isEmpty()) {
            return new BatchItem.Rejected(0, violations.stream().map(ConstraintViolation::getMessage).sorted()
                    .collect(Collectors.joining("; ")), List.of());
        }
        return new BatchItem.Valid(0, read.get().submission(), read.get().raw());
    }

    private static String summary(List<String> errors) {
        if (errors.isEmpty()) {
            return null;
        }
        return errors.size() + (errors.size() == 1 ? " item" : " items") + " failed: " + String.join("; ", errors);
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
