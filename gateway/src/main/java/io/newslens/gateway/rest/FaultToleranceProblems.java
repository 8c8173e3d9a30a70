package io.newslens.gateway.rest;

import io.newslens.contracts.problem.ProblemResponses;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A service that is too slow, or whose circuit is open after repeated failures, is unavailable: 503, quickly. */
public class FaultToleranceProblems {

    @ServerExceptionMapper
    public Response circuitOpen(CircuitBreakerOpenException e) {
        return Response.fromResponse(ProblemResponses.of(503, "Service Unavailable",
                "A service behind the gateway is failing; requests to it are paused briefly"))
                .header("Retry-After", 5).build();
    }

    @ServerExceptionMapper
    public Response timeout(TimeoutException e) {
        return ProblemResponses.of(503, "Service Unavailable", "A service behind the gateway did not answer in time");
    }
}
