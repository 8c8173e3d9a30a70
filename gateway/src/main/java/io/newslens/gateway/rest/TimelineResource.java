package io.newslens.gateway.rest;

import io.newslens.contracts.api.Timeline;
import io.newslens.gateway.client.ArticleFilter;
import io.newslens.gateway.service.TimelineService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/timeline")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("reader")
@Tag(name = "articles")
public class TimelineResource {

    private final TimelineService timelines;

    public TimelineResource(TimelineService timelines) {
        this.timelines = timelines;
    }

    @GET
    @Operation(summary = "Articles per day, week or month with their average tone",
            description = "The filters of article search, all optional; buckets by publication date (UTC).")
    @APIResponse(responseCode = "400", description = "A malformed parameter, named in errors")
    @APIResponse(responseCode = "503", description = "query-service or its search index unreachable")
    @APIResponseSchema(value = Timeline.class, responseDescription = "OK", responseCode = "200")
    public Uni<Timeline> timeline(@BeanParam @Valid ArticleFilter filter,
            @Parameter(description = "day (default), week or month") @QueryParam("interval") @Size(max = 10)
            String interval) {
        return timelines.timeline(filter, interval);
    }
}
