package io.newslens.contracts.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Puts the service's name and version into its readiness answer ({@code checks[name=version].data}), where the
 * gateway's {@code /api/v1/status} reads them; always UP, so it never decides readiness itself.
 */
@Readiness
@ApplicationScoped
public class ServiceVersion implements HealthCheck {

    @ConfigProperty(name = "quarkus.application.name")
    String name;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
    String version;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("version").up().withData("service", name).withData("version", version)
                .build();
    }
}
