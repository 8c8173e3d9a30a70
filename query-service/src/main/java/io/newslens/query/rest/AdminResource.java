package io.newslens.query.rest;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.api.ReindexResult;
import io.newslens.query.service.Reindexer;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operations on the search index")
public class AdminResource {

    private final Reindexer reindexer;

    public AdminResource(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @POST
    @Path("/reindex")
    @Operation(summary = "Rebuild the search index from PostgreSQL",
            description = "Creates a new versioned index, copies every article into it, swaps the alias atomically, "
                    + "re-indexes what arrived meanwhile and deletes the old index. Search keeps working throughout.")
    @APIResponse(responseCode = "200", description = "Counts of the rebuild",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReindexResult.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is already running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReindexResult> reindex() {
        return reindexer.reindex();
    }
}
