package io.newslens.gateway.service;

import io.newslens.contracts.api.ArticleAccepted;
import io.newslens.contracts.api.ArticleStatusView;
import io.newslens.contracts.api.BatchResult;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.ArticleView;
import io.newslens.contracts.api.SearchResult;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.gateway.client.IngestClient;
import io.newslens.gateway.client.QueryClient;
import io.smallrye.mutiny.Uni;
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

    public Uni<ArticleAccepted> submit(ArticleSubmission submission) {
        return unavailableAs(ingest.submit(submission), "ingest-service");
    }

    public Uni<BatchResult> submitBatch(byte[] body, boolean ndjson) {
        return unavailableAs(ndjson ? ingest.batchNdjson(body) : ingest.batchJson(body), "ingest-service");
    }

    public Uni<ArticleStatusView> status(String id) {
        return unavailableAs(ingest.status(id), "ingest-service");
    }

    /**
     * The enriched article from the read model; until it is there, the stored article from ingest-service,
     * whose status says how far it got.
     */
    public Uni<ArticleView> get(String id) {
        return unavailableAs(query.get(id), "query-service")
                .onFailure(ArticleService::isNotFound)
                .recoverWithUni(() -> unavailableAs(ingest.get(id), "ingest-service"));
    }

    public Uni<SearchResult> search(String q, Integer limit) {
        return unavailableAs(query.search(q, limit), "query-service");
    }

    private static boolean isNotFound(Throwable t) {
        return t instanceof ProblemException p && p.status() == 404;
    }

    /** Any failure that is not the service's own answer (refused connection, reset, timeout) means it is unavailable. */
    private static <T> Uni<T> unavailableAs(Uni<T> call, String service) {
        return call.onFailure(t -> !(t instanceof ProblemException)).transform(e -> new ServiceUnavailable(service));
    }
}
