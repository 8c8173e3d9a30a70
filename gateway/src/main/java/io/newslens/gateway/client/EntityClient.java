package io.newslens.gateway.client;

import io.newslens.contracts.api.EntityProfile;
import io.newslens.contracts.api.EntitySuggestion;
import io.newslens.contracts.api.QuoteList;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** query-service's entity and quote API. Parameters pass as text: query-service validates and names them. */
@RegisterRestClient(configKey = "query")
@RegisterClientHeaders // forwards X-Request-Id (org.eclipse.microprofile.rest.client.propagateHeaders)
@RegisterProvider(DownstreamProblems.class)
@Produces(MediaType.APPLICATION_JSON)
public interface EntityClient {

    @GET
    @Path("/entities")
    Uni<List<EntitySuggestion>> suggest(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("limit") String limit);

    @GET
    @Path("/entities/{id}")
    Uni<EntityProfile> profile(@PathParam("id") String id);

    @GET
    @Path("/quotes")
    Uni<QuoteList> quotes(@QueryParam("speaker") String speaker, @QueryParam("about") String about,
            @QueryParam("q") String q, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit);
}
