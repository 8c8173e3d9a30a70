package io.newslens.query.rest;

import io.newslens.contracts.api.EntityProfile;
import io.newslens.contracts.api.EntitySuggestion;
import io.newslens.contracts.api.Problem;
import io.newslens.query.config.QueryConfig;
import io.newslens.query.service.EntityDirectory;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotBlank;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities", description = "People, organizations, places... across all articles")
public class EntityResource {

    private final EntityDirectory directory;
    private final QueryConfig.Search limits;

    public EntityResource(EntityDirectory directory, QueryConfig config) {
        this.directory = directory;
        this.limits = config.search();
    }

    @GET
    @Operation(summary = "Autocomplete",
            description = "Entities whose canonical name or any alias ever seen starts with q (case-insensitive), "
                    + "the most mentioned (by articles) first; matched is the name or alias that matched.")
    @APIResponse(responseCode = "200", description = "Suggestions, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EntitySuggestion.class)))
    @APIResponse(responseCode = "422", description = "q missing or blank, or limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<EntitySuggestion>> suggest(
            @Parameter(description = "Prefix of a name or alias", required = true, example = "pomp")
            @QueryParam("q") @NotBlank(message = "q must not be blank") String q,
            @Parameter(description = "Only this type: PERSON, ORGANIZATION, LOCATION, MISC, NATIONALITY")
            @QueryParam("type") String type,
            @Parameter(description = "1 to newslens.query.search.max-limit; default newslens.query.search.default-limit",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("limit") String limit) {
        EntityTypeParam only = RequestParams.choice("type", type, EntityTypeParam.class, null);
        return directory.suggest(q.strip(), only == null ? null : only.name(),
                RequestParams.limit(limit, limits.defaultLimit(), limits.maxLimit()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Entity profile",
            description = "Name, type, aliases, mention and article counts, first and last seen (published date, "
                    + "else enrichment date), average tone of the sentences that mention it, top co-mentioned "
                    + "entities, quotes by it and quotes about it.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EntityProfile.class)))
    @APIResponse(responseCode = "404", description = "No entity has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EntityProfile> profile(
            @Parameter(description = "Canonical id", example = "person:mike-pompeo") @PathParam("id") String id) {
        return directory.profile(id);
    }
}
