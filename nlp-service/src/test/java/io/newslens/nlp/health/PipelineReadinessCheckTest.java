package io.newslens.nlp.health;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newslens.nlp.service.NlpMetrics;
import io.newslens.nlp.testing.TestNlpConfig;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.nlp.service.NlpPipeline;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class PipelineReadinessCheckTest {

    @Test
    void notReadyBeforeThePipelineIsLoaded() {
        NlpPipeline notLoaded = new NlpPipeline(TestNlpConfig.withSutime(false),
                new NlpMetrics(new SimpleMeterRegistry()));

        HealthCheckResponse response = new PipelineReadinessCheck(notLoaded).call();

        assertThat(response.getName()).isEqualTo("corenlp-pipeline");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }
}
