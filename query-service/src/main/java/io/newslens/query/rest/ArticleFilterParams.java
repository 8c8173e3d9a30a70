package io.newslens.query.rest;

import io.newslens.query.service.ArticleQuery;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters that choose articles, shared by {@code /articles} and {@code /timeline}. */
public class ArticleFilterParams {

    @Parameter(description = "Search words, simple query string syntax: words are ANDed, \"quoted phrases\", "
            + "a | b for either, -word to exclude, (grouping), prefix*. English stemming: \"expanding\" finds "
            + "\"expands\". Title matches rank above text and quote matches.", example = "huawei \"security risk\"")
    @QueryParam("q")
    String q;

    @Parameter(description = "Canonical entity id the article must mention; repeat for several (all must match)",
            example = "organization:huawei")
    @QueryParam("entity")
    List<String> entity;

    @Parameter(description = "Exact source name", example = "BBC")
    @QueryParam("source")
    String source;

    @Parameter(description = "Language code", example = "en")
    @QueryParam("language")
    String language;

    @Parameter(description = "Published on or after: ISO date (UTC) or instant", example = "2026-03-01")
    @QueryParam("from")
    String from;

    @Parameter(description = "Published before: an ISO instant (exclusive) or a date (that whole day included)",
            example = "2026-03-31")
    @QueryParam("to")
    String to;

    @Parameter(description = "Document tone at least, -1 to 1")
    @QueryParam("toneMin")
    String toneMin;

    @Parameter(description = "Document tone at most, -1 to 1")
    @QueryParam("toneMax")
    String toneMax;

    /** The checked parameters; every malformed one is an {@link InvalidParameter} naming it. */
    ArticleQuery toQuery() {
        Instant fromInstant = RequestParams.instant("from", from, false);
        Instant toInstant = RequestParams.instant("to", to, true);
        if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
            throw new InvalidParameter("to", "to must be after from");
        }
        Double min = RequestParams.tone("toneMin", toneMin);
        Double max = RequestParams.tone("toneMax", toneMax);
        if (min != null && max != null && min > max) {
            throw new InvalidParameter("toneMin", "toneMin must not be greater than toneMax");
        }
        List<String> entities = entity == null ? List.of()
                : entity.stream().map(RequestParams::optional).filter(e -> e != null).distinct().toList();
        return new ArticleQuery(RequestParams.optional(q), entities, RequestParams.optional(source),
                RequestParams.optional(language), fromInstant, toInstant, min, max);
    }
}
