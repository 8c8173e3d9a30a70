package io.newslens.gateway.rest;

import io.newslens.contracts.api.Analysis;
import io.newslens.contracts.api.AnalyzeRequest;
import io.newslens.gateway.service.AnalysisService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/analyze")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analysis")
public class AnalyzeResource {

    private final AnalysisService analysis;

    public AnalyzeResource(AnalysisService analysis) {
        this.analysis = analysis;
    }

    /** Costs CPU seconds on nlp-service, so it needs the writer role like ingestion. */
    @POST
    @RolesAllowed("writer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse a text without storing it",
            description = "Entities, quotes with speakers, dates, amounts, key phrases and tone, with offsets.")
    @APIResponse(responseCode = "413", description = "text over 200,000 characters")
    @APIResponse(responseCode = "422", description = "text missing or empty")
    @APIResponse(responseCode = "503", description = "nlp-service unreachable or still loading its models")
    @APIResponseSchema(value = Analysis.class, responseDescription = "OK", responseCode = "200")
    public Uni<Analysis> analyze(@NotNull(message = "the request body must be {\"text\": ...}") @Valid
            AnalyzeRequest request) {
        return analysis.analyze(request);
    }
}
