package io.newslens.query.rest;

import io.newslens.contracts.api.ArticleView;
import io.newslens.contracts.api.Problem;
import io.newslens.contracts.api.SearchResult;
import io.newslens.query.config.QueryConfig;
import io.newslens.query.service.ArticleReader;
import io.newslens.query.service.ArticleQuery;
import io.newslens.query.service.ArticleSearch;
import io.newslens.query.service.FacetNames;
import io.newslens.query.service.SearchCursor;
import io.newslens.query.service.SearchPage;
import java.util.HashSet;
import java.util.Set;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Enriched articles: read one, search them all")
public class ArticleResource {

    private final ArticleReader reader;
    private final ArticleSearch search;
    private final FacetNames facetNames;
    private final QueryConfig.Search limits;

    public ArticleResource(ArticleReader reader, ArticleSearch search, FacetNames facetNames, QueryConfig config) {
        this.reader = reader;
        this.search = search;
        this.facetNames = facetNames;
        this.limits = config.search();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One enriched article",
            description = "The article text with its entities. Each entity lists all its mentions in this article "
                    + "(UTF-16 offsets into text, end exclusive) in text order; entities are ordered by their "
                    + "first mention.")
    @APIResponse(responseCode = "200", description = "The article, status ENRICHED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No enriched article has this id (unknown, or not enriched yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ArticleView> get(
            @Parameter(description = "Article id, as ingest-service assigned it") @PathParam("id") String id) {
        return reader.find(id);
    }

    @GET
    @Operation(summary = "Search articles",
            description = "Full-text search (OpenSearch) with filters, facets and keyset pagination. q, entity and "
                    + "source may each be left out, but not all three. Each hit has a snippet with matched words in "
                    + "<b>…</b> (the rest HTML-escaped) and its most salient entities. Pass nextCursor as cursor "
                    + "(with the same sort, filters and fold) for the next page. By default near-duplicates (one story "
                    + "edited by several outlets) are folded: one hit per story, the best placed, naming the other "
                    + "matching articles of its story (folded, foldedIds); fold=false lists every article.")
    @APIResponse(responseCode = "200", description = "One page of hits; total counts every match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SearchResult.class)))
    @APIResponse(responseCode = "422", description = "A parameter is missing or malformed (no q, entity or source; "
            + "limit outside 1..max; bad date, tone, sort, facet or cursor; toneMin above toneMax); errors name it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The search index is unreachable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SearchResult> search(
            @BeanParam ArticleFilterParams filters,
            @Parameter(description = "relevance (default) or date (newest first)")
            @QueryParam("sort") String sort,
            @Parameter(description = "Hits to return: 1 to newslens.query.search.max-limit (default 100); "
                    + "when absent, newslens.query.search.default-limit (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Comma-separated counts to add: entities, sources, days", example = "entities,days")
            @QueryParam("facets") String facets,
            @Parameter(description = "true (default): one hit per story, near-duplicates folded into it, stories "
                    + "counted; folded pages end after 10,000 stories. false: one hit per article.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
            @QueryParam("fold") String fold) {
        ArticleQuery query = filters.toQuery();
        if (query.text() == null && query.entities().isEmpty() && query.source() == null) {
            throw new InvalidParameter("q", "q must not be blank unless entity or source is given");
        }
        SearchPage.Sort order = RequestParams.choice("sort", sort, SearchPage.Sort.class, SearchPage.Sort.RELEVANCE);
        boolean folding = RequestParams.flag("fold", fold, true);
        SearchCursor after = cursor(cursor, order, folding);
        Set<SearchPage.Facet> wanted = new HashSet<>();
        if (facets != null && !facets.isBlank()) {
            for (String facet : facets.split(",")) {
                wanted.add(RequestParams.choice("facets", facet, SearchPage.Facet.class, null));
            }
        }
        wanted.remove(null);
        return search.search(query, new SearchPage(order,
                RequestParams.limit(limit, limits.defaultLimit(), limits.maxLimit()), after, wanted, folding))
                .chain(facetNames::name);
    }

    private static SearchCursor cursor(String value, SearchPage.Sort order, boolean folding) {
        if (value == null || value.isBlank()) {
            return null;
        }
        SearchCursor decoded;
        try {
            decoded = SearchCursor.decode(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("cursor", "cursor is not a nextCursor this API returned");
        }
        if (decoded.sort() != order) {
            throw new InvalidParameter("cursor", "cursor belongs to sort=" + decoded.sort().name().toLowerCase());
        }
        if (decoded.isFolded() != folding) {
            throw new InvalidParameter("cursor", "cursor belongs to fold=" + decoded.isFolded());
        }
        return decoded;
    }
}
