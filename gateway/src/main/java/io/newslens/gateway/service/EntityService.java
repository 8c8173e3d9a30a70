package io.newslens.gateway.service;

import io.newslens.contracts.api.EntityProfile;
import io.newslens.contracts.api.EntitySuggestion;
import io.newslens.contracts.api.QuoteList;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.gateway.client.DownstreamClientError;
import io.newslens.gateway.client.EntityClient;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Entity profiles, autocomplete and quotes from query-service; reads, so retried, with one breaker. */
@ApplicationScoped
public class EntityService {

    private final EntityClient query;

    public EntityService(@RestClient EntityClient query) {
        this.query = query;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = DownstreamClientError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamClientError.class)
    @CircuitBreakerName("query-entities")
    public Uni<List<EntitySuggestion>> suggest(String q, String type, String limit) {
        return unavailable(query.suggest(q, type, limit));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = DownstreamClientError.class)
    public Uni<EntityProfile> profile(String id) {
        return unavailable(query.profile(id));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = DownstreamClientError.class)
    public Uni<QuoteList> quotes(String speaker, String about, String q, String from, String to, String limit) {
        return unavailable(query.quotes(speaker, about, q, from, to, limit));
    }

    private static <T> Uni<T> unavailable(Uni<T> call) {
        return call.onFailure(t -> !(t instanceof ProblemException)).transform(e -> new ServiceUnavailable("query-service"));
    }
}
