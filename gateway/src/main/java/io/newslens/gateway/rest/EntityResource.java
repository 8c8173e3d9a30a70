package io.newslens.gateway.rest;

import io.newslens.contracts.api.EntityProfile;
import io.newslens.contracts.api.EntitySuggestion;
import io.newslens.contracts.api.QuoteList;
import io.newslens.gateway.service.EntityService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who is who, and who said what about whom. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("reader")
@Tag(name = "entities")
public class EntityResource {

    private final EntityService entities;

    public EntityResource(EntityService entities) {
        this.entities = entities;
    }

    @GET
    @Path("/entities")
    @Operation(summary = "Autocomplete entities by name or alias prefix")
    @APIResponse(responseCode = "400", description = "q missing, or type/limit invalid")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EntitySuggestion.class)))
    public Uni<List<EntitySuggestion>> suggest(
            @Parameter(description = "Prefix of a name or alias", example = "pomp") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "PERSON, ORGANIZATION, LOCATION, MISC") @QueryParam("type") @Size(max = 40) String type,
            @Parameter(description = "1 to 100") @QueryParam("limit") @Size(max = 10) String limit) {
        return entities.suggest(q, type, limit);
    }

    @GET
    @Path("/entities/{id}")
    @Operation(summary = "Entity profile: mentions, articles, first/last seen, tone, co-mentions, quotes by and about it")
    @APIResponse(responseCode = "404", description = "Unknown entity id")
    @APIResponseSchema(value = EntityProfile.class, responseDescription = "OK", responseCode = "200")
    public Uni<EntityProfile> profile(
            @Parameter(example = "person:mike-pompeo") @PathParam("id") @Size(max = 200) String id) {
        return entities.profile(id);
    }

    @GET
    @Path("/quotes")
    @Operation(summary = "Direct quotes: who said what about whom, newest first")
    @APIResponse(responseCode = "400", description = "A date or limit is invalid")
    @APIResponseSchema(value = QuoteList.class, responseDescription = "OK", responseCode = "200")
    public Uni<QuoteList> quotes(
            @Parameter(description = "Speaker entity id") @QueryParam("speaker") @Size(max = 200) String speaker,
            @Parameter(description = "Entity id mentioned in the quote") @QueryParam("about") @Size(max = 200) String about,
            @Parameter(description = "Words in the quote") @QueryParam("q") @Size(max = 500) String q,
            @Parameter(description = "ISO date or instant") @QueryParam("from") @Size(max = 40) String from,
            @Parameter(description = "ISO date (inclusive) or instant") @QueryParam("to") @Size(max = 40) String to,
            @Parameter(description = "1 to 100") @QueryParam("limit") @Size(max = 10) String limit) {
        return entities.quotes(speaker, about, q, from, to, limit);
    }
}
