package io.newslens.gateway.client;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The article filters of search and timeline, received by the gateway and passed on to query-service as they
 * came: query-service checks their syntax and answers 422 naming the parameter; the gateway only bounds sizes.
 */
public class ArticleFilter {

    @Parameter(description = "Search words: words are ANDed, \"quoted phrases\", a | b, -excluded, prefix*; "
            + "english stemming", example = "huawei")
    @QueryParam("q")
    @Size(max = 500)
    public String q;

    @Parameter(description = "Canonical entity id the article mentions; repeat for several (all must match)",
            example = "organization:huawei")
    @QueryParam("entity")
    @Size(max = 20)
    public List<@Size(max = 200) String> entity;

    @Parameter(description = "Exact source name")
    @QueryParam("source")
    @Size(max = 200)
    public String source;

    @Parameter(description = "Language code, e.g. en")
    @QueryParam("language")
    @Size(max = 20)
    public String language;

    @Parameter(description = "Published on or after: ISO date or instant")
    @QueryParam("from")
    @Size(max = 40)
    public String from;

    @Parameter(description = "Published before: ISO instant (exclusive) or date (inclusive)")
    @QueryParam("to")
    @Size(max = 40)
    public String to;

    @Parameter(description = "Document tone at least, -1 to 1")
    @QueryParam("toneMin")
    @Size(max = 20)
    public String toneMin;

    @Parameter(description = "Document tone at most, -1 to 1")
    @QueryParam("toneMax")
    @Size(max = 20)
    public String toneMax;
}
