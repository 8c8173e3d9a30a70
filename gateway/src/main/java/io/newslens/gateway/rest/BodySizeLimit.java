package io.newslens.gateway.rest;

import io.newslens.contracts.problem.ProblemResponses;
import io.newslens.gateway.config.GatewayConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a declared body over the limit before reading it, with a problem body. (Vert.x enforces
 * {@code quarkus.http.limits.max-body-size} too, for chunked bodies, but answers that in plain text.)
 */
public class BodySizeLimit {

    private final GatewayConfig config;

    public BodySizeLimit(GatewayConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        long limit = path.endsWith("/batch") || path.endsWith("/files") ? config.maxBatchBytes() : config.maxBodyBytes();
        try {
            if (Long.parseLong(length.trim()) <= limit) {
                return null;
            }
        } catch (NumberFormatException e) {
            return ProblemResponses.of(400, "Bad Request", "Content-Length is not a number");
        }
        return ProblemResponses.of(413, "Content Too Large",
                "The request body is over the limit of " + limit + " bytes");
    }
}
