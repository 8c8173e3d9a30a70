package io.newslens.gateway.service;

import io.newslens.contracts.api.FeedRegistration;
import io.newslens.contracts.api.FeedView;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.gateway.client.DownstreamClientError;
import io.newslens.gateway.client.FeedClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Routes feed management to ingest-service, which validates, stores and polls the feeds. */
@ApplicationScoped
public class FeedService {

    private static final String INGEST = "ingest-service";

    private final FeedClient feeds;

    public FeedService(@RestClient FeedClient feeds) {
        this.feeds = feeds;
    }

    /** Not retried: ingest may have stored the feed before the answer was lost (a retry would then be a 409). */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamClientError.class)
    public Uni<FeedView> register(FeedRegistration registration) {
        return unavailableAs(feeds.register(registration));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = DownstreamClientError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamClientError.class)
    public Uni<List<FeedView>> list() {
        return unavailableAs(feeds.list());
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = DownstreamClientError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamClientError.class)
    public Uni<FeedView> get(String id) {
        return unavailableAs(feeds.get(id));
    }

    /** Not retried: a second DELETE after a lost answer would be a 404 for a feed that was removed. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamClientError.class)
    public Uni<Void> delete(String id) {
        return unavailableAs(feeds.delete(id));
    }

    /** A poll fetches the feed and each new item's page; it may take as long as a large batch. */
    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamClientError.class)
    public Uni<FeedView> poll(String id) {
        return unavailableAs(feeds.poll(id));
    }

    /** A failure that is not ingest's own answer (refused connection, reset) means it is unavailable. */
    private static <T> Uni<T> unavailableAs(Uni<T> call) {
        return call.onFailure(t -> !(t instanceof ProblemException)).transform(e -> new ServiceUnavailable(INGEST));
    }
}
