package io.newslens.query.rest;

import io.newslens.contracts.api.Stats;
import io.newslens.query.repository.StatsQueries;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
public class StatsResource {

    private final StatsQueries stats;

    public StatsResource(StatsQueries stats) {
        this.stats = stats;
    }

    @GET
    @Operation(summary = "Totals",
            description = "Articles, entities (and per type), quotes, articles per source (the 20 largest) and "
                    + "per language; groups largest first.")
    @APIResponse(responseCode = "200", description = "The totals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Stats.class)))
    public Uni<Stats> stats() {
        return stats.totals();
    }
}
