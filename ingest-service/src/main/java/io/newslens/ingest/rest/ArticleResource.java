package io.newslens.ingest.rest;

import io.newslens.contracts.api.ArticleAccepted;
import io.newslens.contracts.api.ArticleStatusView;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.ArticleView;
import io.newslens.contracts.api.BatchResult;
import io.newslens.contracts.tracing.ArticleTraces.TraceHeaders;
import io.newslens.contracts.tracing.RequestIds;
import io.newslens.ingest.model.Article;
import io.newslens.ingest.service.IngestService;
import io.newslens.ingest.service.PreparationPool;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    public static final String NDJSON = "application/x-ndjson";

    private final IngestService ingest;
    private final BatchParser batches;
    private final PreparationPool prepPool;

    public ArticleResource(IngestService ingest, BatchParser batches, PreparationPool prepPool) {
        this.ingest = ingest;
        this.batches = batches;
        this.prepPool = prepPool;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept one article",
            description = "Answers 202 once the article and its event are stored; 200 with duplicate=true and the "
                    + "existing id when the same clean text is already stored, so re-posting is idempotent.")
    @APIResponse(responseCode = "202", description = "Accepted; the Location header points at the article")
    @APIResponse(responseCode = "200", description = "Already stored; duplicate=true, id of the existing article")
    @APIResponse(responseCode = "413", description = "text longer than " + ArticleSubmission.MAX_TEXT_CHARS)
    @APIResponse(responseCode = "422", description = "A field is missing or invalid, or text is only boilerplate")
    public Uni<Response> submit(@NotNull(message = "the request body must be a JSON article") @Valid
            ArticleSubmission submission) {
        return ingest.ingest(submission).map(stored -> Response
                .status(stored.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(new ArticleAccepted(stored.id().toString(), stored.status(), stored.duplicate()))
                .location(URI.create("/articles/" + stored.id()))
                .build());
    }

    @POST
    @Path("/batch")
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @Operation(summary = "Accept many articles",
            description = "A JSON array, or NDJSON (one article per line), of up to newslens.ingest.batch.max-items "
                    + "articles. Answers 200 with one result per item (accepted, duplicate or rejected with the "
                    + "reason), even when some items are rejected.")
    @APIResponse(responseCode = "200", description = "One result per item, in input order")
    @APIResponse(responseCode = "400", description = "The body is not JSON / NDJSON at all")
    @APIResponse(responseCode = "413", description = "More items than the limit")
    @APIResponse(responseCode = "422", description = "JSON, but not an array of articles")
    public Uni<BatchResult> submitBatch(@HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, byte[] body) {
        boolean ndjson = type != null && NDJSON.equalsIgnoreCase(type.getType() + "/" + type.getSubtype());
        String requestId = RequestIds.current();
        TraceHeaders trace = TraceHeaders.current();
        return Uni.createFrom().item(() -> ndjson ? batches.parseNdjson(body) : batches.parseJsonArray(body))
                .runSubscriptionOn(prepPool)
                .onItem().transformToUni(items -> ingest.ingestBatch(items, requestId, trace))
                .map(BatchResult::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The stored article and where it is in the pipeline")
    @APIResponse(responseCode = "404", description = "No such article")
    public Uni<ArticleView> get(@PathParam("id") String id) {
        return ingest.find(id).map(ArticleResource::toView);
    }

    @GET
    @Path("/{id}/status")
    @Operation(summary = "Where the article is in the pipeline, with the time of each step")
    @APIResponse(responseCode = "404", description = "No such article")
    public Uni<ArticleStatusView> status(@PathParam("id") String id) {
        return ingest.status(id);
    }

    private static ArticleView toView(Article a) {
        return new ArticleView(a.id.toString(), a.status, a.title, a.source, a.url, a.publishedAt, a.language,
                a.text, a.receivedAt, null, null, null, a.duplicateOf == null ? null : a.duplicateOf.toString(),
                null, null, null);
    }
}
