package io.newslens.gateway.client;

import io.newslens.contracts.api.Timeline;
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

/** query-service's timeline. */
@RegisterRestClient(configKey = "query")
@RegisterClientHeaders // forwards X-Request-Id (org.eclipse.microprofile.rest.client.propagateHeaders)
@RegisterProvider(DownstreamProblems.class)
@Path("/timeline")
@Produces(MediaType.APPLICATION_JSON)
public interface TimelineClient {

    @GET
    Uni<Timeline> timeline(@BeanParam ArticleFilter filter, @QueryParam("interval") String interval);
}
