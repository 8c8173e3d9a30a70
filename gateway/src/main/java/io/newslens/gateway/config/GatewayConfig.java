package io.newslens.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the gateway; every one is listed in the README's configuration table. */
@ConfigMapping(prefix = "newslens.gateway")
public interface GatewayConfig {

    /** Largest request body accepted, in bytes. */
    @WithDefault("4194304")
    long maxBodyBytes();
}
