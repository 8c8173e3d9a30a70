package io.newslens.gateway.rest;

import io.newslens.contracts.api.ReindexResult;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.gateway.client.QueryAdminClient;
import io.newslens.gateway.service.ServiceUnavailable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/api/v1/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "admin")
public class SearchIndexAdminResource {

    private final QueryAdminClient query;

    public SearchIndexAdminResource(@RestClient QueryAdminClient query) {
        this.query = query;
    }

    /** Not retried: a second rebuild would only repeat the first. */
    @POST
    @Operation(summary = "Rebuild the search index from the read model",
            description = "New versioned index, filled from PostgreSQL, alias swapped atomically, old index deleted; "
                    + "search keeps answering throughout. Answers the counts.")
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    @APIResponse(responseCode = "503", description = "query-service or its search index unreachable")
    @APIResponseSchema(value = ReindexResult.class, responseDescription = "OK", responseCode = "200")
    public Uni<ReindexResult> reindex() {
        return query.reindex().onFailure(t -> !(t instanceof ProblemException))
                .transform(e -> new ServiceUnavailable("query-service"));
    }
}
