package io.newslens.gateway.service;

import io.newslens.contracts.api.Graph;
import io.newslens.contracts.api.Stats;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.gateway.client.DownstreamClientError;
import io.newslens.gateway.client.ArticleFilter;
import io.newslens.gateway.client.InsightClient;
import io.newslens.gateway.client.LiveFeedClient;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The co-mention graph, totals and the live feed from query-service. Graph and totals are reads, so retried. */
@ApplicationScoped
public class InsightService {

    private final InsightClient query;
    private final LiveFeedClient feed;

    public InsightService(@RestClient InsightClient query, LiveFeedClient feed) {
        this.query = query;
        this.feed = feed;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = DownstreamClientError.class)
    public Uni<Graph> graph(ArticleFilter filter, String minWeight, String limit) {
        return unavailable(query.graph(filter, minWeight, limit));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = DownstreamClientError.class)
    public Uni<Stats> stats() {
        return unavailable(query.stats());
    }

    /**
     * The live feed's response as query-service sends it. No timeout or retry: the stream is meant to stay open,
     * and a client that loses it reconnects by itself (Server-Sent Events do).
     */
    public Uni<HttpClientResponse> stream(String entity, String q, String requestId) {
        return unavailable(feed.open(entity, q, requestId));
    }

    private static <T> Uni<T> unavailable(Uni<T> call) {
        return call.onFailure(t -> !(t instanceof ProblemException)).transform(e -> new ServiceUnavailable("query-service"));
    }
}
