package io.newslens.gateway.rest;

import io.newslens.contracts.api.Graph;
import io.newslens.contracts.api.Stats;
import io.newslens.contracts.tracing.RequestIds;
import io.newslens.gateway.client.ArticleFilter;
import io.newslens.gateway.service.InsightService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;

/** Who appears with whom, how much there is, and what arrives now. */
@Path("/api/v1")
@RolesAllowed("reader")
@Tag(name = "insights")
public class InsightResource {

    private final InsightService insights;

    public InsightResource(InsightService insights) {
        this.insights = insights;
    }

    @GET
    @Path("/graph")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Co-mention network: around an entity, or the most mentioned entities overall",
            description = "entity: the centre (repeat for several; the neighbours are then counted in the articles "
                    + "that mention them all). The other filters, as in a search, choose the articles counted; "
                    + "without them, all.")
    @APIResponse(responseCode = "400", description = "minWeight, limit or a filter malformed or out of range")
    @APIResponse(responseCode = "404", description = "Unknown entity id")
    @APIResponse(responseCode = "503", description = "query-service or its search index did not answer")
    @APIResponseSchema(value = Graph.class, responseDescription = "OK", responseCode = "200")
    public Uni<Graph> graph(@BeanParam @Valid ArticleFilter filter,
            @Parameter(description = "Fewest shared articles per edge, at least 1") @QueryParam("minWeight") @Size(max = 10) String minWeight,
            @Parameter(description = "Most nodes, 1 to 200 (default 25)") @QueryParam("limit") @Size(max = 10) String limit) {
        return insights.graph(filter, minWeight, limit);
    }

    @GET
    @Path("/stats")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Totals: articles, entities by type, quotes, articles by source (top 20) and language")
    @APIResponseSchema(value = Stats.class, responseDescription = "OK", responseCode = "200")
    public Uni<Stats> stats() {
        return insights.stats();
    }

    /**
     * No {@code @Produces}: with one, Quarkus REST would either wrap every chunk in an event of its own
     * (text/event-stream) or refuse a client asking for text/event-stream. The bytes are relayed unchanged, with
     * query-service's status and Content-Type, so a 400 or 404 problem passes through as it is.
     */
    @GET
    @Path("/stream")
    @Operation(summary = "Live feed of newly enriched articles (Server-Sent Events: event 'article', id = article id, "
            + "data = JSON with the 5 most salient entities; a comment every 15 s)")
    @APIResponse(responseCode = "200", description = "Events until the client disconnects",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A filter longer than 200 characters")
    public RestMulti<byte[]> stream(
            @Parameter(description = "Only articles mentioning this canonical entity id") @QueryParam("entity") @Size(max = 200) String entity,
            @Parameter(description = "Only articles whose title or text contains this, ignoring case (a simple "
                    + "substring filter, not the search engine)") @QueryParam("q") @Size(max = 200) String q,
            @HeaderParam(RequestIds.HEADER) String requestId, @Context HttpServerResponse client) {
        return RestMulti.fromUniResponse(insights.stream(entity, q, requestId),
                upstream -> relay(upstream, client), InsightResource::headers, HttpClientResponse::statusCode);
    }

    /**
     * Reads the next chunk from query-service only once the client's connection takes more: Quarkus REST asks
     * for the next chunk as soon as a write is handed to Vert.x, so without this a client that stops reading
     * would pile the feed up in the gateway. Held back here, the stream backs up to query-service, which drops
     * articles for that client alone. Closes query-service's stream when the client goes away.
     */
    private static Multi<byte[]> relay(HttpClientResponse upstream, HttpServerResponse client) {
        return upstream.toMulti()
                .onItem().call(chunk -> writable(client))
                .map(Buffer::getBytes)
                .onCancellation().invoke(() -> upstream.request().reset());
    }

    private static Uni<Void> writable(HttpServerResponse client) {
        if (!client.writeQueueFull()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().emitter(done -> {
            client.drainHandler(v -> done.complete(null));
            if (!client.writeQueueFull() || client.closed()) {
                done.complete(null);
            }
        });
    }

    private static Map<String, List<String>> headers(HttpClientResponse response) {
        String type = response.getHeader("Content-Type");
        // no-cache: never replayed from a cache; X-Accel-Buffering: proxies such as nginx must not hold events back
        return Map.of("Content-Type", List.of(type == null ? MediaType.SERVER_SENT_EVENTS : type),
                "Cache-Control", List.of("no-cache"), "X-Accel-Buffering", List.of("no"));
    }
}
