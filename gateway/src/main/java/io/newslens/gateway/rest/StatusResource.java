package io.newslens.gateway.rest;

import io.newslens.contracts.api.SystemStatus;
import io.newslens.gateway.service.SystemStatusService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("reader")
@Tag(name = "operations")
public class StatusResource {

    private final SystemStatusService status;

    public StatusResource(SystemStatusService status) {
        this.status = status;
    }

    /** Blocking (health calls and the Kafka Admin API): runs on a worker thread. */
    @GET
    @Operation(summary = "Readiness of every service and nlp-service's backlog on articles.ingested",
            description = "Answers 200 even when parts are down: problems lists what is wrong.")
    @APIResponseSchema(value = SystemStatus.class, responseDescription = "OK", responseCode = "200")
    public SystemStatus status() {
        return status.status();
    }
}
