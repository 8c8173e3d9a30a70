package io.newslens.query.config;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** The live feed, GET /stream; defaults in application.properties, each described in the README. */
@ConfigMapping(prefix = "newslens.query.stream")
public interface LiveFeedConfig {

    /** Articles one subscriber may fall behind by; newer ones are dropped for it until it catches up. */
    @Min(1)
    int buffer();

    /** Interval of the comment line that keeps proxies from closing an idle connection. */
    Duration heartbeat();
}
