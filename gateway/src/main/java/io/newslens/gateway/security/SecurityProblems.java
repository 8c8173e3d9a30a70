package io.newslens.gateway.security;

import io.newslens.contracts.problem.ProblemResponses;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401 and 403 as problem documents (authentication is not proactive, so these reach JAX-RS). */
public class SecurityProblems {

    private static final String CHALLENGE = "ApiKey header=\"" + ApiKeyAuthenticationMechanism.HEADER + "\", Bearer";

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(ProblemResponses.of(401, "Unauthorized",
                        "A valid API key in the " + ApiKeyAuthenticationMechanism.HEADER
                                + " header or a valid bearer token is required"))
                .header("WWW-Authenticate", CHALLENGE).build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.of(403, "Forbidden", "Your role may not do this");
    }
}
