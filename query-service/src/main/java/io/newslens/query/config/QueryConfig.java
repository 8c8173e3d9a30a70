package io.newslens.query.config;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of query-service; defaults in application.properties, each described in the README. */
@ConfigMapping(prefix = "newslens.query")
public interface QueryConfig {

    Search search();

    Projection projection();

    Profile profile();

    OpenSearch opensearch();

    /** The search index. */
    interface OpenSearch {
        /** Node URLs, comma-separated ({@code http://localhost:9200}); requests go round-robin among them. */
        List<URI> url();

        /** The alias searched and written; it points at one versioned index ({@code articles-v1}). */
        String alias();

        /** How long to wait for a connection to a node. */
        Duration connectTimeout();

        /** How long to wait for the answer of one request. */
        Duration requestTimeout();

        /**
         * User for HTTP basic authentication (the security plugin's internal users); none by default, for a node
         * without the security plugin.
         */
        Optional<String> username();

        /** Password of {@link #username()}. */
        Optional<String> password();

        /**
         * Name of a Quarkus TLS configuration ({@code quarkus.tls.<name>.trust-store...}) whose trust store verifies
         * the nodes' certificates on {@code https} URLs, e.g. the CA the OpenSearch operator generates. Without
         * it, {@code https} URLs are verified against the JVM's default trust store.
         */
        Optional<String> tlsConfigurationName();
    }

    /** How much of each list an entity profile shows. */
    interface Profile {
        /** Co-mentioned entities listed, most shared articles first. */
        @Min(1)
        int coMentions();

        /** Sources listed, most of the entity's articles first. */
        @Min(1)
        int sources();

        /** Quotes by the entity, and quotes about it, each newest first. */
        @Min(1)
        int quotes();
    }

    interface Search {
        /** Hits per page when the client gives no {@code limit}. */
        @Min(1)
        int defaultLimit();

        /** The largest {@code limit} a client may ask for: bounds the cost of one query. */
        @Min(1)
        int maxLimit();
    }

    interface Projection {
        /** Retries of an event whose write failed for a reason that may pass (connection lost, conflict). */
        @Min(0)
        int maxRetries();

        /** Wait before the first retry; it doubles after each failed attempt. */
        Duration initialBackoff();

        /** Longest wait between two retries. */
        Duration maxBackoff();

        /**
         * Retries of indexing an event into OpenSearch once PostgreSQL has it. Default: no limit, the partition
         * waits for OpenSearch rather than leaving the index behind the read model.
         */
        @Min(0)
        int indexMaxRetries();
    }
}
