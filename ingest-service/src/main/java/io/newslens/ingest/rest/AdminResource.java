package io.newslens.ingest.rest;

import io.newslens.contracts.api.ArticleCounts;
import io.newslens.contracts.api.RepublishProgress;
import io.newslens.ingest.repository.ArticleCounter;
import io.newslens.ingest.service.Republisher;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/admin")
public class AdminResource {

    private final Republisher republisher;
    private final RepublishRequestParser requests;
    private final ArticleCounter counter;

    public AdminResource(Republisher republisher, RepublishRequestParser requests, ArticleCounter counter) {
        this.republisher = republisher;
        this.requests = requests;
        this.counter = counter;
    }

    @GET
    @Path("/counts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stored articles by pipeline status (RECEIVED, PUBLISHED, ENRICHED, FAILED)")
    public Uni<ArticleCounts> counts() {
        return counter.countByStatus();
    }

    @POST
    @Path("/republish")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Produces(ArticleResource.NDJSON)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-emit articles.ingested for stored articles",
            description = "Body (optional, all fields optional): {\"since\": ISO date or instant (received at or "
                    + "after), \"source\": outlet, \"ids\": [article ids]}. Events go through the outbox, so a Kafka "
                    + "outage only delays them. Answers NDJSON, one line per page queued: "
                    + "{\"queued\": n, \"total\": m, \"done\": false}, the last with done=true.")
    @APIResponse(responseCode = "200", description = "Progress lines, the last with done=true")
    @APIResponse(responseCode = "422", description = "An unknown filter or an invalid field (named)")
    public Multi<RepublishProgress> republish(byte[] body) {
        return republisher.republish(requests.parse(body));
    }
}
