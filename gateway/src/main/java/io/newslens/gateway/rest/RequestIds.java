package io.newslens.gateway.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every request gets an {@code X-Request-Id}: the client's when it is sane, else a new one. It is written into
 * the request's own headers, so the REST clients forward it to the services ({@code propagateHeaders}), logged
 * through the MDC, and returned to the client.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Ids from clients are echoed into logs and headers: keep them short and plain. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (id == null || !SANE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            request.getHeaders().putSingle(HEADER, id);
        }
        MDC.put("requestId", id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, request.getHeaderString(HEADER));
        MDC.remove("requestId");
    }
}
