package io.newslens.query.rest;

import io.newslens.contracts.api.LiveArticle;
import io.newslens.query.config.LiveFeedConfig;
import io.newslens.query.service.LiveFeed;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stream")
@Tag(name = "Insights")
public class StreamResource {

    static final int MAX_FILTER_LENGTH = 200;

    private final LiveFeed feed;
    private final Duration heartbeat;

    public StreamResource(LiveFeed feed, LiveFeedConfig config) {
        this.feed = feed;
        this.heartbeat = config.heartbeat();
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live feed of newly enriched articles (Server-Sent Events)",
            description = "Each stored article is an event named 'article' whose id is the article id and whose "
                    + "data is a LiveArticle (JSON, with its 5 most salient entities). A comment line opens the "
                    + "stream and repeats every newslens.query.stream.heartbeat. Only articles stored after the "
                    + "connection opened are sent; a client that falls newslens.query.stream.buffer articles behind "
                    + "misses newer ones until it catches up.")
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = LiveArticle.class)))
    @APIResponse(responseCode = "400", description = "A filter longer than 200 characters")
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "Only articles mentioning this canonical entity id", example = "person:mike-pompeo")
            @QueryParam("entity") String entity,
            @Parameter(description = "Only articles whose title or text contains this, ignoring case (a simple "
                    + "substring filter, not the search engine)")
            @QueryParam("q") String q,
            @Context Sse sse, @Context HttpServerResponse response) {
        String entityId = bounded("entity", RequestParams.optional(entity));
        String text = bounded("q", RequestParams.optional(q));
        Multi<OutboundSseEvent> articles = feed.subscribe(entityId, text)
                .onItem().call(article -> writable(response))
                .map(article -> sse.newEventBuilder().name("article").id(article.id())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(LiveArticle.class, article).build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(heartbeat).onOverflow().drop()
                .filter(tick -> !response.writeQueueFull())
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        // Subscribed after articles: once a client has read this comment, it cannot miss a stored article.
        Multi<OutboundSseEvent> opening = Multi.createFrom().item(() -> sse.newEventBuilder().comment("connected").build());
        return Multi.createBy().merging().streams(articles, opening, heartbeats);
    }

    /**
     * Completes once the connection takes more data. Quarkus REST asks for the next event as soon as a write is
     * handed to Vert.x, not once it reached the client, so without this gate a client that stops reading would
     * pile every article up in the server's write buffer. Holding the next article back here instead leaves it
     * in the subscriber's bounded queue in {@link LiveFeed}, which drops what does not fit.
     */
    private static Uni<Void> writable(HttpServerResponse response) {
        if (!response.writeQueueFull()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().emitter(done -> {
            response.drainHandler(v -> done.complete(null));
            if (!response.writeQueueFull() || response.closed()) {
                done.complete(null);
            }
        });
    }

    private static String bounded(String name, String value) {
        if (value != null && value.length() > MAX_FILTER_LENGTH) {
            throw new BadParameter(name, name + " must be at most " + MAX_FILTER_LENGTH + " characters");
        }
        return value;
    }
}
