package io.newslens.query.rest;

import io.newslens.contracts.api.ArticleView;
import io.newslens.contracts.api.Problem;
import io.newslens.contracts.api.SearchResult;
import io.newslens.query.config.QueryConfig;
import io.newslens.query.service.ArticleReader;
import io.newslens.query.service.ArticleSearch;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Enriched articles: read one, search them all")
public class ArticleResource {

    private final ArticleReader reader;
    private final ArticleSearch search;
    private final QueryConfig.Search limits;

    public ArticleResource(ArticleReader reader, ArticleSearch search, QueryConfig config) {
        this.reader = reader;
        this.search = search;
        this.limits = config.search();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One enriched article",
            description = "The article text with its entities. Each entity lists all its mentions in this article "
                    + "(UTF-16 offsets into text, end exclusive) in text order; entities are ordered by their "
                    + "first mention.")
    @APIResponse(responseCode = "200", description = "The article, status ENRICHED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No enriched article has this id (unknown, or not enriched yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ArticleView> get(
            @Parameter(description = "Article id, as ingest-service assigned it") @PathParam("id") String id) {
        return reader.find(id);
    }

    @GET
    @Operation(summary = "Full-text search",
            description = "English full-text search over title and text, stemmed (\"expanding\" finds \"expands\"). "
                    + "Web-search syntax: words are ANDed, \"quoted phrases\", or, -excluded. A title match ranks "
                    + "above a text match. Each hit has a snippet with matched words in <b>…</b>; the rest of the "
                    + "snippet is HTML-escaped.")
    @APIResponse(responseCode = "200", description = "Hits, best first; total counts every match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SearchResult.class)))
    @APIResponse(responseCode = "422",
            description = "q missing or blank, or limit out of range; errors name the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SearchResult> search(
            @Parameter(description = "What to search for", required = true, example = "acme expansion")
            @QueryParam("q") @NotBlank(message = "q must not be blank") String q,
            @Parameter(description = "Hits to return: 1 to newslens.query.search.max-limit (default 100); "
                    + "when absent, newslens.query.search.default-limit (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("limit") String limit) {
        return search.search(q.strip(), RequestParams.limit(limit, limits.defaultLimit(), limits.maxLimit()));
    }
}
