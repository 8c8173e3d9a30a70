package io.newslens.query.rest;

import io.newslens.contracts.api.Graph;
import io.newslens.contracts.api.Problem;
import io.newslens.query.service.EntityGraph;
import io.newslens.query.service.ArticleQuery;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/graph")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights", description = "The co-mention network, totals and the live feed")
public class GraphResource {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 200;

    private final EntityGraph graph;

    public GraphResource(EntityGraph graph) {
        this.graph = graph;
    }

    @GET
    @Operation(summary = "Co-mention network",
            description = "With entity: that entity (or those entities, repeated) and the entities in most of the "
                    + "articles that mention it; without: the entities in most articles. Node weight = articles "
                    + "mentioning it; an edge joins two returned nodes with the number of articles mentioning both "
                    + "(also between two neighbours: all their shared articles, not only those with the centre). "
                    + "The other filters (q, source, language, from, to, toneMin, toneMax) choose the articles "
                    + "counted, as in a search; without them, all. Edges (and, around an entity, neighbours) below "
                    + "minWeight articles are left out.")
    @APIResponse(responseCode = "200", description = "Nodes (the centre first) and edges",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Graph.class)))
    @APIResponse(responseCode = "400", description = "minWeight or limit not a whole number in range, or a malformed "
            + "filter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No entity has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The search index, which counts the co-mentions, did not answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Graph> graph(
            @BeanParam ArticleFilterParams filter,
            @Parameter(description = "Fewest shared articles an edge needs, at least 1 (default 1)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("minWeight") String minWeight,
            @Parameter(description = "Most nodes, 1 to 200 (default 25)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("limit") String limit) {
        int min = BadParameter.wholeNumber("minWeight", minWeight, 1, 1, Integer.MAX_VALUE);
        int max = BadParameter.wholeNumber("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        ArticleQuery articles = filter.toQuery();
        if (articles.entities().size() > max) { // every centre is a node
            throw new InvalidParameter("limit", "limit must be at least the number of entities given ("
                    + articles.entities().size() + ")");
        }
        return graph.graph(articles.entities(), articles, min, max);
    }
}
