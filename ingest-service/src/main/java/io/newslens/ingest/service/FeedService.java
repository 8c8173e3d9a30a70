package io.newslens.ingest.service;

import io.newslens.contracts.api.FeedRegistration;
import io.newslens.contracts.api.FeedView;
import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.repository.FeedRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Registers, lists and removes feeds; polling them is {@link FeedPoller}'s. */
@ApplicationScoped
public class FeedService {

    private final FeedRepository feeds;
    private final FeedUrlGuard guard;
    private final FeedPollPool pollPool;
    private final FeedPoller poller;
    private final IngestConfig.Feeds config;

    public FeedService(FeedRepository feeds, FeedUrlGuard guard, FeedPollPool pollPool, FeedPoller poller,
            IngestConfig config) {
        this.feeds = feeds;
        this.guard = guard;
        this.pollPool = pollPool;
        this.poller = poller;
        this.config = config.feeds();
    }

    /**
     * Stores the feed, due at once. The URL check resolves the host (blocking DNS), so it runs on the
     * {@code feed-poll} pool. Throws {@link UnsafeUrl}, {@link InvalidFeedInterval}, {@link FeedAlreadyRegistered}.
     */
    public Uni<FeedView> register(FeedRegistration registration) {
        int interval = registration.intervalSeconds() == null ? config.defaultIntervalSeconds()
                : registration.intervalSeconds();
        if (interval < config.minIntervalSeconds() || interval > config.maxIntervalSeconds()) {
            throw new InvalidFeedInterval(config.minIntervalSeconds(), config.maxIntervalSeconds());
        }
        String url = registration.url().strip();
        return Uni.createFrom().item(() -> guard.check(url)).runSubscriptionOn(pollPool)
                .onItem().transformToUni(checked -> feeds.insert(url, interval))
                .onItem().transformToUni(id -> id.map(feeds::find)
                        .orElseThrow(() -> new FeedAlreadyRegistered(url)));
    }

    public Uni<List<FeedView>> list() {
        return feeds.list();
    }

    public Uni<FeedView> get(String id) {
        return feeds.find(parseId(id)).onItem().ifNull().failWith(() -> new FeedNotFound(id));
    }

    /** Removes the feed and what it remembers of its items; the articles it brought in stay. */
    public Uni<Void> delete(String id) {
        return feeds.delete(parseId(id)).invoke(deleted -> {
            if (!deleted) {
                throw new FeedNotFound(id);
            }
        }).replaceWithVoid();
    }

    /** Polls the feed now, due or not, and answers how that went. */
    public Uni<FeedView> pollNow(String id) {
        UUID uuid = parseId(id);
        return feeds.claim(uuid, config.pollLease()).onItem().ifNull().failWith(() -> new FeedNotFound(id))
                .onItem().transformToUni(poller::poll)
                .onItem().transformToUni(polled -> get(id));
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new FeedNotFound(id);
        }
    }
}
