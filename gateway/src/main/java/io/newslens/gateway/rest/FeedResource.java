package io.newslens.gateway.rest;

import io.newslens.contracts.api.FeedRegistration;
import io.newslens.contracts.api.FeedView;
import io.newslens.gateway.service.FeedService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feed management is the admin's ("admin (republish, scaling, feed management)"); readers may look. */
@Path("/api/v1/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "feeds")
@RolesAllowed("admin")
public class FeedResource {

    private final FeedService feeds;

    public FeedResource(FeedService feeds) {
        this.feeds = feeds;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an RSS 2.0 or Atom feed to poll",
            description = "Polled at once, then every intervalSeconds (default 300, 60 to 86400) with conditional "
                    + "GETs; each new item's page is ingested like an uploaded HTML file.")
    @APIResponse(responseCode = "201", description = "Registered; Location points at the feed",
            content = @Content(schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "403", description = "Only admins manage feeds")
    @APIResponse(responseCode = "409", description = "The URL is registered already")
    @APIResponse(responseCode = "422", description = "url not http(s) or pointing inside our network, or "
            + "intervalSeconds out of bounds (named in errors[].field)")
    @APIResponse(responseCode = "503", description = "ingest-service unreachable")
    public Uni<Response> register(@NotNull(message = "the request body must be {\"url\": ...}") @Valid
            FeedRegistration registration) {
        return feeds.register(registration).map(feed -> Response
                .created(URI.create("/api/v1/feeds/" + feed.id())).entity(feed).build());
    }

    @GET
    @RolesAllowed("reader")
    @Operation(summary = "Every feed with its last poll: time, status (OK / NOT_MODIFIED / ERROR), error, items")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FeedView.class)))
    public Uni<List<FeedView>> list() {
        return feeds.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("reader")
    @APIResponse(responseCode = "404", description = "No such feed")
    @APIResponseSchema(value = FeedView.class, responseDescription = "OK", responseCode = "200")
    public Uni<FeedView> get(@PathParam("id") @Size(max = 100) String id) {
        return feeds.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop polling a feed; the articles it brought in stay")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such feed")
    public Uni<Void> delete(@PathParam("id") @Size(max = 100) String id) {
        return feeds.delete(id);
    }

    @POST
    @Path("/{id}/poll")
    @Operation(summary = "Poll a feed now, due or not; answers the outcome")
    @APIResponse(responseCode = "404", description = "No such feed")
    @APIResponseSchema(value = FeedView.class, responseDescription = "OK", responseCode = "200")
    public Uni<FeedView> poll(@PathParam("id") @Size(max = 100) String id) {
        return feeds.poll(id);
    }
}
