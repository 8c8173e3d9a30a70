package io.newslens.gateway.rest;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.newslens.contracts.problem.ProblemResponses;
import io.newslens.gateway.config.GatewayConfig;
import io.newslens.gateway.security.ApiKeyIdentityProvider;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A token bucket per API key (Bucket4j), sized by the key's role. Over the limit: 429 with {@code Retry-After};
 * every answer carries {@code RateLimit-Limit} and {@code RateLimit-Remaining} (IETF RateLimit header fields).
 * Buckets are per gateway instance: with N replicas a key gets up to N times its limit.
 */
@ApplicationScoped
public class RateLimiter {

    private static final String REMAINING = "newslens.ratelimit.remaining";
    private static final String LIMIT = "newslens.ratelimit.limit";

    private final GatewayConfig.RateLimits limits;
    private final CurrentIdentityAssociation identities;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final GatewayMetrics metrics;

    public RateLimiter(GatewayConfig config, CurrentIdentityAssociation identities, GatewayMetrics metrics) {
        this.metrics = metrics;
        this.limits = config.rateLimit();
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        return identities.getDeferredIdentity().map(identity -> consume(identity, request));
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        Object limit = request.getProperty(LIMIT);
        if (limit != null) {
            response.getHeaders().putSingle("RateLimit-Limit", limit);
            response.getHeaders().putSingle("RateLimit-Remaining", request.getProperty(REMAINING));
        }
    }

    /** Null lets the request through; anonymous requests are left to the security checks (401). */
    private Response consume(SecurityIdentity identity, ContainerRequestContext request) {
        GatewayConfig.Role role = identity.getAttribute(ApiKeyIdentityProvider.ROLE_ATTRIBUTE);
        if (identity.isAnonymous() || role == null) {
            return null;
        }
        metrics.request(role);
        GatewayConfig.Limit limit = limits.forRole(role);
        Bucket bucket = buckets.computeIfAbsent(identity.getPrincipal().getName(), k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        request.setProperty(LIMIT, limit.capacity());
        request.setProperty(REMAINING, probe.getRemainingTokens());
        if (probe.isConsumed()) {
            return null;
        }
        metrics.rateLimited(role);
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        return Response.fromResponse(ProblemResponses.of(429, "Too Many Requests",
                        "Rate limit of " + limit.capacity() + " requests per " + limit.period() + " reached"))
                .header("Retry-After", retryAfter)
                .header("RateLimit-Limit", limit.capacity())
                .header("RateLimit-Remaining", 0)
                .header("RateLimit-Reset", retryAfter)
                .build();
    }
}
