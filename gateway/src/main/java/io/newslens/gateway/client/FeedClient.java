package io.newslens.gateway.client;

import io.newslens.contracts.api.FeedRegistration;
import io.newslens.contracts.api.FeedView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ingest-service's feed API. */
@RegisterRestClient(configKey = "ingest")
@RegisterClientHeaders // forwards X-Request-Id (org.eclipse.microprofile.rest.client.propagateHeaders)
@RegisterProvider(DownstreamProblems.class)
@Path("/feeds")
@Produces(MediaType.APPLICATION_JSON)
public interface FeedClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<FeedView> register(FeedRegistration registration);

    @GET
    Uni<List<FeedView>> list();

    @GET
    @Path("/{id}")
    Uni<FeedView> get(@PathParam("id") String id);

    @DELETE
    @Path("/{id}")
    Uni<Void> delete(@PathParam("id") String id);

    @POST
    @Path("/{id}/poll")
    Uni<FeedView> poll(@PathParam("id") String id);
}
