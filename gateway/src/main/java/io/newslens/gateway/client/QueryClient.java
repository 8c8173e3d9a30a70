package io.newslens.gateway.client;

import io.newslens.contracts.api.ArticleView;
import io.newslens.contracts.api.SearchResult;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** query-service's internal API. */
@RegisterRestClient(configKey = "query")
@RegisterClientHeaders // forwards X-Request-Id (org.eclipse.microprofile.rest.client.propagateHeaders)
@RegisterProvider(DownstreamProblems.class)
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public interface QueryClient {

    @GET
    @Path("/{id}")
    Uni<ArticleView> get(@PathParam("id") String id);

    @GET
    Uni<SearchResult> search(@BeanParam ArticleFilter filter, @QueryParam("sort") String sort,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @QueryParam("facets") String facets,
            @QueryParam("fold") String fold);
}
