package io.newslens.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ingest-service's admin API. */
@RegisterRestClient(configKey = "ingest")
@RegisterClientHeaders // forwards X-Request-Id (org.eclipse.microprofile.rest.client.propagateHeaders)
@RegisterProvider(DownstreamProblems.class)
@Path("/admin")
public interface IngestAdminClient {

    /** Progress comes back as NDJSON lines, passed on once ingest-service has queued everything. */
    @POST
    @Path("/republish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(IngestClient.NDJSON)
    Uni<String> republish(byte[] filter);
}
