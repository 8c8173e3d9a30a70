package io.newslens.gateway.client;

import io.newslens.contracts.api.ReindexResult;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * query-service's admin API: its own client (config key query-admin, same URL as query) because a rebuild
 * runs for minutes, far beyond the read timeout of ordinary queries.
 */
@RegisterRestClient(configKey = "query-admin")
@RegisterClientHeaders // forwards X-Request-Id (org.eclipse.microprofile.rest.client.propagateHeaders)
@RegisterProvider(DownstreamProblems.class)
@Path("/admin")
public interface QueryAdminClient {

    @POST
    @Path("/reindex")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<ReindexResult> reindex();
}
