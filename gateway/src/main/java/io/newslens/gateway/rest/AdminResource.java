package io.newslens.gateway.rest;

import io.newslens.contracts.api.DeploymentStatus;
import io.newslens.contracts.api.ReplicasRequest;
import io.newslens.contracts.api.RepublishProgress;
import io.newslens.contracts.api.ScaleResult;
import io.newslens.gateway.client.IngestAdminClient;
import io.newslens.gateway.client.IngestClient;
import io.newslens.gateway.service.NlpScaler;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Operators scale nlp-service on its own. These methods block (Kubernetes and Kafka clients): worker threads. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "admin")
public class AdminResource {

    private final NlpScaler scaler;
    private final IngestAdminClient ingest;

    public AdminResource(NlpScaler scaler, @RestClient IngestAdminClient ingest) {
        this.scaler = scaler;
        this.ingest = ingest;
    }

    @POST
    @Path("/republish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(IngestClient.NDJSON)
    @Operation(summary = "Re-emit articles.ingested for stored articles, e.g. after a new NLP version",
            description = "Optional filter {\"since\": date, \"source\": name, \"ids\": [...]}. Queued through the "
                    + "outbox, so a Kafka outage only delays it. Answers NDJSON progress lines {queued, total, done}.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
            properties = {
                @SchemaProperty(name = "since", type = SchemaType.STRING, description = "ISO date or instant"),
                @SchemaProperty(name = "source", type = SchemaType.STRING, description = "Exact source name"),
                @SchemaProperty(name = "ids", type = SchemaType.ARRAY, implementation = UUID.class)})))
    @APIResponse(responseCode = "200", description = "One progress line per page queued, the last with done=true",
            content = @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = RepublishProgress.class)))
    @APIResponse(responseCode = "422", description = "Unknown filter field, bad date or id")
    public Uni<String> republish(byte[] filter) {
        return ingest.republish(filter == null || filter.length == 0 ? "{}".getBytes() : filter)
                .onFailure(t -> !(t instanceof io.newslens.contracts.problem.ProblemException))
                .transform(e -> new io.newslens.gateway.service.ServiceUnavailable("ingest-service"));
    }

    @GET
    @Path("/deployments")
    @Operation(summary = "The newslens deployments with desired and ready replicas")
    @APIResponse(responseCode = "503", description = "Not running in Kubernetes")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeploymentStatus.class)))
    public List<DeploymentStatus> deployments() {
        return scaler.deployments();
    }

    @PUT
    @Path("/nlp/replicas")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set nlp-service's replicas",
            description = "Through the scale subresource, or, when KEDA manages nlp-service, by pausing KEDA at this count.")
    @APIResponse(responseCode = "422", description = "Below 0 or above the partitions of articles.ingested")
    @APIResponse(responseCode = "503", description = "Not running in Kubernetes, or Kafka unreachable")
    @APIResponseSchema(value = ScaleResult.class, responseDescription = "OK", responseCode = "200")
    public ScaleResult scale(@NotNull(message = "the request body must be {\"replicas\": n}") @Valid
            ReplicasRequest request) {
        return scaler.scale(request.replicas());
    }

    @DELETE
    @Path("/nlp/replicas")
    @Operation(summary = "Hand nlp-service back to its KEDA autoscaler")
    @APIResponse(responseCode = "409", description = "No KEDA ScaledObject manages nlp-service")
    @APIResponseSchema(value = ScaleResult.class, responseDescription = "OK", responseCode = "200")
    public ScaleResult release() {
        return scaler.release();
    }
}
