package io.newslens.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Settings of the gateway; every one is listed in the README's configuration table. */
@ConfigMapping(prefix = "newslens.gateway")
public interface GatewayConfig {

    /** Largest request body accepted, in bytes. */
    @WithDefault("4194304")
    long maxBodyBytes();

    /** Largest batch body ({@code /articles/batch}), in bytes: 10,000 articles of ~6 KB. */
    @WithDefault("67108864")
    long maxBatchBytes();

    /**
     * API keys by name: {@code newslens.gateway.api-keys.<name>.sha256} is the hex SHA-256 of the key (the key
     * itself is never configured) and {@code .role} its role. No key is built in: without one, every call is 401.
     */
    Map<String, ApiKey> apiKeys();

    /** Token buckets per role. */
    RateLimits rateLimit();

    /** The admin endpoints that scale nlp-service. */
    Admin admin();

    interface Admin {
        /** Whether the Kubernetes API is there: AUTO means "running in a pod". */
        @WithDefault("auto")
        KubernetesMode kubernetes();

        /** Namespace of the deployments; default: the client's (the pod's own). */
        java.util.Optional<String> namespace();

        @WithDefault("nlp-service")
        String nlpDeployment();

        @WithDefault("gateway,ingest-service,nlp-service,query-service")
        java.util.List<String> deployments();
    }

    enum KubernetesMode {
        AUTO, ON, OFF
    }

    interface ApiKey {
        String sha256();

        Role role();
    }

    interface RateLimits {
        Limit reader();

        Limit writer();

        Limit admin();

        default Limit forRole(Role role) {
            return switch (role) {
                case READER -> reader();
                case WRITER -> writer();
                case ADMIN -> admin();
            };
        }
    }

    /** {@code capacity} requests, refilled evenly over {@code period}; bursts up to capacity. */
    interface Limit {
        long capacity();

        Duration period();
    }

    /** What a caller may do; each role includes the ones below it. */
    enum Role {
        READER, WRITER, ADMIN;

        public String roleName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
