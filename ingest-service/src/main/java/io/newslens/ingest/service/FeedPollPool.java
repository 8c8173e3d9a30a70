package io.newslens.ingest.service;

import io.newslens.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The bounded {@code feed-poll} thread pool for the blocking side of feeds: DNS checks, HTTP requests for feeds and
 * pages, feed parsing and page extraction. Kept apart from {@link PreparationPool} so that slow feed servers never
 * hold up articles posted by clients; its size is {@code newslens.ingest.feeds.worker-threads}.
 */
@ApplicationScoped
public class FeedPollPool extends NamedPool {

    FeedPollPool() {
        // For the CDI client proxy.
    }

    @jakarta.inject.Inject
    public FeedPollPool(IngestConfig config) {
        super("feed-poll", config.feeds().workerThreads());
    }
}
