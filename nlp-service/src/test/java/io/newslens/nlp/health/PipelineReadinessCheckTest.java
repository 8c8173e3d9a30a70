package io.newslens.nlp.health;

import io.newslens.nlp.testing.TestNlpConfig;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.nlp.service.NlpPipeline;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class PipelineReadinessCheckTest {

    @Test
    void notReadyBeforeThePipelineIsLoaded() {
        NlpPipeline notLoaded = new NlpPipeline(TestNlpConfig.withSutime(false));

        HealthCheckResponse response = new PipelineReadinessCheck(notLoaded).call();

        assertThat(response.getName()).isEqualTo("corenlp-pipeline");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }
}
