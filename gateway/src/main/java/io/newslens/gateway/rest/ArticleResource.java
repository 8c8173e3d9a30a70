package io.newslens.gateway.rest;

import io.newslens.contracts.api.ArticleAccepted;
import io.newslens.contracts.api.ArticleStatusView;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.ArticleView;
import io.newslens.contracts.api.BatchResult;
import io.newslens.contracts.api.Problem;
import io.newslens.contracts.api.SearchResult;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.gateway.client.ArticleFilter;
import io.newslens.gateway.client.IngestClient;
import io.newslens.gateway.service.ArticleService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
@RolesAllowed("reader")
public class ArticleResource {

    private final ArticleService articles;

    public ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @POST
    @RolesAllowed("writer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one article",
            description = "Stored durably before the answer; enrichment follows asynchronously.")
    @APIResponse(responseCode = "202", description = "Accepted; Location points at the article",
            content = @Content(schema = @Schema(implementation = ArticleAccepted.class)))
    @APIResponse(responseCode = "200", description = "The same text was stored before: its id, duplicate = true",
            content = @Content(schema = @Schema(implementation = ArticleAccepted.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "413", description = "Body over 4 MB, or text over "
            + ArticleSubmission.MAX_TEXT_CHARS + " characters")
    @APIResponse(responseCode = "415", description = "Not application/json")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "The key's role may not ingest")
    @APIResponse(responseCode = "429", description = "Rate limit reached; see Retry-After")
    @APIResponse(responseCode = "503", description = "ingest-service unreachable")
    public Uni<Response> submit(@NotNull(message = "the request body must be a JSON article") @Valid
            ArticleSubmission submission) {
        return articles.submit(submission).map(accepted -> Response
                .status(accepted.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(accepted)
                .location(URI.create("/api/v1/articles/" + accepted.id()))
                .build());
    }

    @POST
    @Path("/batch")
    @RolesAllowed("writer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit up to 10,000 articles as a JSON array",
            description = "One result per item, in input order: accepted, duplicate, or rejected with the reason. "
                    + "A bad item never sinks the batch.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleSubmission.class)))
    @APIResponse(responseCode = "200", description = "Per-item results")
    @APIResponse(responseCode = "413", description = "Over 10,000 items or over the batch body limit")
    public Uni<BatchResult> submitBatch(byte[] body) {
        return articles.submitBatch(body, false);
    }

    @POST
    @Path("/batch")
    @RolesAllowed("writer")
    @Consumes(IngestClient.NDJSON)
    @Operation(summary = "Submit up to 10,000 articles as newline-delimited JSON (one article per line)")
    @RequestBody(content = @Content(mediaType = IngestClient.NDJSON,
            schema = @Schema(implementation = ArticleSubmission.class)))
    @APIResponseSchema(value = BatchResult.class, responseDescription = "OK", responseCode = "200")
    public Uni<BatchResult> submitNdjsonBatch(byte[] body) {
        return articles.submitBatch(body, true);
    }

    @POST
    @Path("/files")
    @RolesAllowed("writer")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload .txt, .md and .html files (form field \"files\", repeatable)",
            description = "HTML goes through article extraction (body, title, byline, date, canonical URL). Optional "
                    + "form fields title, source, url, publishedAt apply to every file. One result per file.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "200", description = "Per-file results")
    @APIResponse(responseCode = "413", description = "Over 100 files, a file over 5 MiB, or the body over the limit")
    @APIResponse(responseCode = "415", description = "Not multipart/form-data")
    public Uni<BatchResult> upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return articles.upload(contentType, body);
    }

    /** The form {@link #upload} takes, for the OpenAPI document only: the body is relayed to ingest-service as it is. */
    @Schema(name = "FileUploadForm")
    record UploadForm(@Schema(required = true, description = "One part per file") List<FileUpload> files,
            String title, String source, String url, @Schema(description = "ISO-8601 instant") String publishedAt) {
    }

    @GET
    @Path("/{id}/status")
    @Operation(summary = "Where an article is: RECEIVED, PUBLISHED, ENRICHED or FAILED, with timestamps")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponseSchema(value = ArticleStatusView.class, responseDescription = "OK", responseCode = "200")
    public Uni<ArticleStatusView> status(@PathParam("id") @Size(max = 100) String id) {
        return articles.status(id);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article",
            description = "status is RECEIVED or PUBLISHED until enrichment lands, then ENRICHED with entities.")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponseSchema(value = ArticleView.class, responseDescription = "OK", responseCode = "200")
    public Uni<ArticleView> get(@PathParam("id") @Size(max = 100) String id) {
        return articles.get(id);
    }

    @GET
    @Operation(summary = "Search enriched articles: full text, filters, facets, keyset pagination",
            description = "At least one of q, entity or source. Hits carry a snippet (matches in <b>…</b>, the rest "
                    + "HTML-escaped), tone, the most salient entities and the article's storyId. Near-duplicates "
                    + "(one story, a few sentences edited) are folded by default: one hit per story, naming the "
                    + "story's other matching articles (folded, foldedIds), and stories counts them; fold=false "
                    + "lists every article. Pass nextCursor as cursor, with the same parameters otherwise, for the "
                    + "next page.")
    @APIResponse(responseCode = "400", description = "No q, entity or source; or a parameter malformed "
            + "(limit, sort, cursor, dates, tone, facets, fold), named in errors")
    @APIResponse(responseCode = "503", description = "query-service or its search index unreachable")
    @APIResponseSchema(value = SearchResult.class, responseDescription = "OK", responseCode = "200")
    public Uni<SearchResult> search(@BeanParam @Valid ArticleFilter filter,
            @Parameter(description = "relevance (default) or date") @QueryParam("sort") @Size(max = 20) String sort,
            @Parameter(description = "Hits per page, 1 to 100")
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) Integer limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") @Size(max = 1000) String cursor,
            @Parameter(description = "Comma-separated: entities, sources, days") @QueryParam("facets") @Size(max = 100)
            String facets,
            @Parameter(description = "true (default): one hit per story; false: one per article")
            @QueryParam("fold") @Size(max = 5) String fold) {
        boolean blank = (filter.q == null || filter.q.isBlank()) && (filter.entity == null || filter.entity.isEmpty())
                && (filter.source == null || filter.source.isBlank());
        if (blank) {
            String message = "q must not be empty unless entity or source is given";
            throw new ProblemException(400, "Invalid parameter", message, List.of(new Problem.FieldError("q", message)));
        }
        return articles.search(filter, sort, limit, cursor, facets, fold);
    }
}
