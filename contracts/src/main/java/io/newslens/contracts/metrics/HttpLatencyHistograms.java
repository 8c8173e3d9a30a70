package io.newslens.contracts.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * In every service (contracts is indexed, so its beans are found): publishes {@code http_server_requests_seconds} and
 * {@code http_client_requests_seconds} as histograms ({@code _bucket} series), so that dashboards can take a p95 per
 * endpoint across replicas. Quarkus has no setting for it; a Micrometer filter does it.
 */
@Dependent
public class HttpLatencyHistograms {

    @Produces
    @Singleton
    MeterFilter httpHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests") && !id.getName().equals("http.client.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
            }
        };
    }
}
