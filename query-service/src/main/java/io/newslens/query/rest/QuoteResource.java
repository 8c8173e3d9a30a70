package io.newslens.query.rest;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.api.QuoteList;
import io.newslens.query.config.QueryConfig;
import io.newslens.query.repository.QuoteFilter;
import io.newslens.query.service.QuoteFinder;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "Who said what about whom")
public class QuoteResource {

    private final QuoteFinder finder;
    private final QueryConfig.Search limits;

    public QuoteResource(QuoteFinder finder, QueryConfig config) {
        this.finder = finder;
        this.limits = config.search();
    }

    @GET
    @Operation(summary = "Find quotes",
            description = "Direct quotations matching every given filter, newest article first, then in text "
                    + "order. Offsets index the article's text (UTF-16, end exclusive).")
    @APIResponse(responseCode = "200", description = "The quotes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuoteList.class)))
    @APIResponse(responseCode = "422", description = "A bad date, to before from, or limit out of range; "
            + "errors name the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<QuoteList> find(
            @Parameter(description = "Canonical id of the speaker", example = "person:mike-pompeo")
            @QueryParam("speaker") String speaker,
            @Parameter(description = "Canonical id of an entity mentioned inside the quote", example = "org:huawei")
            @QueryParam("about") String about,
            @Parameter(description = "Words in the quote (web-search syntax, English stemming)")
            @QueryParam("q") String q,
            @Parameter(description = "Article date (published, else enriched) from: ISO date or instant")
            @QueryParam("from") String from,
            @Parameter(description = "Article date up to: ISO date (inclusive) or instant (exclusive)")
            @QueryParam("to") String to,
            @Parameter(description = "1 to newslens.query.search.max-limit; default newslens.query.search.default-limit",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("limit") String limit) {
        Instant fromInstant = RequestParams.instant("from", from, false);
        Instant toInstant = RequestParams.instant("to", to, true);
        if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
            throw new InvalidParameter("to", "to must be after from");
        }
        return finder.find(new QuoteFilter(RequestParams.optional(speaker), RequestParams.optional(about),
                RequestParams.optional(q), fromInstant, toInstant,
                RequestParams.limit(limit, limits.defaultLimit(), limits.maxLimit())));
    }
}
