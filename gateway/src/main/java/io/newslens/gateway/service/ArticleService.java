package io.newslens.gateway.service;

import io.newslens.contracts.api.ArticleAccepted;
import io.newslens.contracts.api.ArticleStatusView;
import io.newslens.contracts.api.BatchResult;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.ArticleStatus;
import io.newslens.contracts.api.ArticleView;
import io.newslens.contracts.api.SearchResult;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.gateway.client.ArticleFilter;
import io.newslens.gateway.client.DownstreamClientError;
import io.newslens.gateway.client.IngestClient;
import io.newslens.gateway.client.QueryClient;
import io.smallrye.mutiny.Uni;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Routes article requests: writes to ingest-service, reads to query-service. */
@ApplicationScoped
public class ArticleService {

    private final IngestClient ingest;
    private final QueryClient query;

    public ArticleService(@RestClient IngestClient ingest, @RestClient QueryClient query) {
        this.ingest = ingest;
        this.query = query;
    }

    /** Not retried: a second POST could store the article twice if the first reached ingest. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamClientError.class)
    @CircuitBreakerName("ingest-writes")
    public Uni<ArticleAccepted> submit(ArticleSubmission submission) {
        return unavailableAs(ingest.submit(submission), "ingest-service");
    }

    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName("ingest-batches")
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamClientError.class)
    public Uni<BatchResult> submitBatch(byte[] body, boolean ndjson) {
        return unavailableAs(ndjson ? ingest.batchNdjson(body) : ingest.batchJson(body), "ingest-service");
    }

    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName("ingest-uploads")
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamClientError.class)
    public Uni<BatchResult> upload(String contentType, byte[] body) {
        return unavailableAs(ingest.files(contentType, body), "ingest-service");
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = DownstreamClientError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamClientError.class)
    @CircuitBreakerName("ingest-reads")
    public Uni<ArticleStatusView> status(String id) {
        return unavailableAs(ingest.status(id), "ingest-service");
    }

    /**
     * The enriched article from the read model; until it is there, the stored article from ingest-service,
     * whose status says how far it got.
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = DownstreamClientError.class)
    public Uni<ArticleView> get(String id) {
        return unavailableAs(query.get(id), "query-service")
                .onFailure(ArticleService::isNotFound)
                .recoverWithUni(() -> unavailableAs(ingest.get(id), "ingest-service").map(ArticleService::withoutFacts));
    }

    /**
     * ingest-service hears of an enrichment on articles.enriched at about the time query-service stores it, and
     * may be first. Here ENRICHED promises the article's facts, which only the read model has: until it has them,
     * the stored copy says PUBLISHED.
     */
    private static ArticleView withoutFacts(ArticleView stored) {
        if (stored.status() != ArticleStatus.ENRICHED) {
            return stored;
        }
        return new ArticleView(stored.id(), ArticleStatus.PUBLISHED, stored.title(), stored.source(), stored.url(),
                stored.publishedAt(), stored.language(), stored.text(), stored.ingestedAt(), stored.nlpVersion(),
                null, null, stored.duplicateOf(), null, null, null);
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = DownstreamClientError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamClientError.class)
    @CircuitBreakerName("query-reads")
    public Uni<SearchResult> search(ArticleFilter filter, String sort, Integer limit, String cursor, String facets,
            String fold) {
        return unavailableAs(query.search(filter, sort, limit, cursor, facets, fold), "query-service");
    }

    private static boolean isNotFound(Throwable t) {
        return t instanceof ProblemException p && p.status() == 404;
    }

    /**
     * Any failure that is not the service's own answer (refused connection, reset) means it is unavailable.
     * Timeouts and open circuits are turned into the same 503 by {@code FaultToleranceProblems}.
     */
    private static <T> Uni<T> unavailableAs(Uni<T> call, String service) {
        return call.onFailure(t -> !(t instanceof ProblemException)).transform(e -> new ServiceUnavailable(service));
    }
}
