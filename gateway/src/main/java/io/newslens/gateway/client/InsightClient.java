package io.newslens.gateway.client;

import io.newslens.contracts.api.Graph;
import io.newslens.contracts.api.Stats;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * query-service's co-mention graph and totals. Parameters pass as text: query-service validates and names them.
 * The live feed is not here: see {@link LiveFeedClient}.
 */
@RegisterRestClient(configKey = "query")
@RegisterClientHeaders // forwards X-Request-Id (org.eclipse.microprofile.rest.client.propagateHeaders)
@RegisterProvider(DownstreamProblems.class)
@Produces(MediaType.APPLICATION_JSON)
public interface InsightClient {

    @GET
    @Path("/graph")
    Uni<Graph> graph(@BeanParam ArticleFilter filter, @QueryParam("minWeight") String minWeight,
            @QueryParam("limit") String limit);

    @GET
    @Path("/stats")
    Uni<Stats> stats();
}
