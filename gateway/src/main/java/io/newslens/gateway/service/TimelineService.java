package io.newslens.gateway.service;

import io.newslens.contracts.api.Timeline;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.gateway.client.ArticleFilter;
import io.newslens.gateway.client.DownstreamClientError;
import io.newslens.gateway.client.TimelineClient;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Coverage over time, from query-service. */
@ApplicationScoped
public class TimelineService {

    private final TimelineClient timelines;

    public TimelineService(@RestClient TimelineClient timelines) {
        this.timelines = timelines;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = DownstreamClientError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamClientError.class)
    @CircuitBreakerName("query-timeline")
    public Uni<Timeline> timeline(ArticleFilter filter, String interval) {
        return timelines.timeline(filter, interval)
                .onFailure(t -> !(t instanceof ProblemException)).transform(e -> new ServiceUnavailable("query-service"));
    }
}
