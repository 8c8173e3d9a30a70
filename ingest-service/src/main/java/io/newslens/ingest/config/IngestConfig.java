package io.newslens.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of ingest-service; every one is listed in the README's configuration table. */
@ConfigMapping(prefix = "newslens.ingest")
public interface IngestConfig {

    Outbox outbox();

    interface Outbox {
        /** How often the relay looks for unsent events. */
        @WithDefault("200ms")
        Duration pollInterval();

        /** Most events one relay pass claims and publishes. */
        @WithDefault("200")
        int batchSize();

        /**
         * How long a claimed batch is reserved for this relay. If it has not been marked sent by then
         * (broker down, process killed), another pass or replica publishes it again.
         */
        @WithDefault("60s")
        Duration lease();
    }
}
