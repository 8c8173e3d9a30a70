package io.newslens.ingest.rest;

import io.newslens.contracts.api.ArticleAccepted;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.ArticleView;
import io.newslens.ingest.model.Article;
import io.newslens.ingest.service.IngestService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final IngestService ingest;

    public ArticleResource(IngestService ingest) {
        this.ingest = ingest;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept one article", description = "Answers 202 once the article and its event are stored.")
    @APIResponse(responseCode = "202", description = "Accepted; the Location header points at its status")
    @APIResponse(responseCode = "413", description = "text longer than " + ArticleSubmission.MAX_TEXT_CHARS)
    @APIResponse(responseCode = "422", description = "A field is missing or invalid")
    public Uni<Response> submit(@NotNull(message = "the request body must be a JSON article") @Valid
            ArticleSubmission submission) {
        return ingest.ingest(submission).map(article -> Response
                .accepted(new ArticleAccepted(article.id.toString(), article.status))
                .location(URI.create("/articles/" + article.id))
                .build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The stored article and where it is in the pipeline")
    @APIResponse(responseCode = "404", description = "No such article")
    public Uni<ArticleView> get(@PathParam("id") String id) {
        return ingest.find(id).map(ArticleResource::toView);
    }

    private static ArticleView toView(Article a) {
        return new ArticleView(a.id.toString(), a.status, a.title, a.source, a.url, a.publishedAt, a.language,
                a.text, a.receivedAt, null, null, null);
    }
}
