package io.newslens.ingest.rest;

import io.newslens.contracts.api.Problem;
import io.newslens.ingest.service.IngestMetrics;
import io.newslens.ingest.service.OnlyBoilerplate;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts single articles ({@code POST /articles}) refused with a problem: their validation runs before the resource
 * method, so only the response shows it. Batch items are counted by the service, which sees each item.
 */
public class RejectionCounter {

    private final IngestMetrics metrics;

    public RejectionCounter(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @ServerResponseFilter
    public void countRejected(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500 || !"POST".equals(request.getMethod())
                || !"/articles".equals(request.getUriInfo().getPath())) {
            return;
        }
        if (status == 413) {
            metrics.rejected("too_large");
        } else if (response.getEntity() instanceof Problem p && OnlyBoilerplate.MESSAGE.equals(p.detail())) {
            metrics.rejected("boilerplate");
        } else {
            metrics.rejected("invalid");
        }
    }
}
