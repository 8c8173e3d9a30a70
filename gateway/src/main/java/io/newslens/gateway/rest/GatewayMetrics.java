package io.newslens.gateway.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newslens.gateway.config.GatewayConfig.Role;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the gateway counts itself (names and meaning in {@code docs/operations.md}): API requests by the caller's
 * role, and those refused by the rate limit. Requests by route and status, downstream latency and circuit-breaker
 * state come from Quarkus's HTTP server and client binders and from SmallRye Fault Tolerance.
 */
@Startup
@ApplicationScoped
public class GatewayMetrics {

    private final Map<Role, Counter> requests = new EnumMap<>(Role.class);
    private final Map<Role, Counter> rateLimited = new EnumMap<>(Role.class);

    public GatewayMetrics(MeterRegistry registry) {
        for (Role role : Role.values()) {
            requests.put(role, Counter.builder("newslens_gateway_requests")
                    .description("API requests by the caller's role (requests without credentials are refused "
                            + "before: see http_server_requests_seconds_count{status=\"401\"})")
                    .tag("role", role.roleName())
                    .register(registry));
            rateLimited.put(role, Counter.builder("newslens_gateway_rate_limited")
                    .description("API requests refused with 429 by the rate limit, by the key's role")
                    .tag("role", role.roleName())
                    .register(registry));
        }
    }

    public void request(Role role) {
        requests.get(role).increment();
    }

    public void rateLimited(Role role) {
        rateLimited.get(role).increment();
    }
}
