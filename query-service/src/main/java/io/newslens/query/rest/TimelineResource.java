package io.newslens.query.rest;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.api.Timeline;
import io.newslens.query.service.ArticleSearch;
import io.newslens.query.service.TimelineInterval;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "Coverage over time")
public class TimelineResource {

    private final ArticleSearch search;

    public TimelineResource(ArticleSearch search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Articles per day, week or month, with their average tone",
            description = "The same filters as GET /articles (all optional: no filter covers every article), "
                    + "bucketed by publication date in UTC.")
    @APIResponse(responseCode = "200", description = "Buckets in time order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Timeline.class)))
    @APIResponse(responseCode = "400", description = "A malformed parameter, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Timeline> timeline(@BeanParam ArticleFilterParams filters,
            @Parameter(description = "day (default), week or month") @QueryParam("interval") String interval) {
        return search.timeline(filters.toQuery(),
                RequestParams.choice("interval", interval, TimelineInterval.class, TimelineInterval.DAY));
    }
}
