package io.newslens.ingest.rest;

import io.newslens.contracts.api.FeedRegistration;
import io.newslens.contracts.api.FeedView;
import io.newslens.ingest.service.FeedService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final FeedService feeds;

    public FeedResource(FeedService feeds) {
        this.feeds = feeds;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an RSS 2.0 or Atom feed",
            description = "Polled at once, then every intervalSeconds (default newslens.ingest.feeds."
                    + "default-interval-seconds) with a conditional GET; each new item's page is ingested like an "
                    + "uploaded HTML file, with the item's link as url and its title and date where the page has none.")
    @APIResponse(responseCode = "201", description = "Registered; Location points at the feed")
    @APIResponse(responseCode = "409", description = "The URL is registered already")
    @APIResponse(responseCode = "422", description = "url not http(s), not allowed (internal address), or "
            + "intervalSeconds out of bounds (named)")
    public Uni<Response> register(@NotNull(message = "the request body must be a JSON feed registration") @Valid
            FeedRegistration registration) {
        return feeds.register(registration).map(feed -> Response.created(URI.create("/feeds/" + feed.id()))
                .entity(feed).build());
    }

    @GET
    @Operation(summary = "Every feed with its last poll: when, status (OK / NOT_MODIFIED / ERROR), error, items")
    public Uni<List<FeedView>> list() {
        return feeds.list();
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "404", description = "No such feed")
    public Uni<FeedView> get(@PathParam("id") String id) {
        return feeds.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop polling a feed; the articles it brought in stay")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such feed")
    public Uni<Void> delete(@PathParam("id") String id) {
        return feeds.delete(id);
    }

    @POST
    @Path("/{id}/poll")
    @Operation(summary = "Poll a feed now, due or not", description = "Answers once the poll is done, with its outcome.")
    @APIResponse(responseCode = "404", description = "No such feed")
    public Uni<FeedView> poll(@PathParam("id") String id) {
        return feeds.pollNow(id);
    }
}
