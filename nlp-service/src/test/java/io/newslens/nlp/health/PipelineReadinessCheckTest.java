package io.newslens.nlp.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.nlp.config.NlpConfig;
import io.newslens.nlp.service.NlpPipeline;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class PipelineReadinessCheckTest {

    @Test
    void notReadyBeforeThePipelineIsLoaded() {
        NlpPipeline notLoaded = new NlpPipeline(new NlpConfig() {
            public String annotators() {
                return "tokenize,ssplit,pos,lemma,ner";
            }

            public int workerThreads() {
                return 1;
            }

            public boolean fineGrainedNer() {
                return false;
            }

            public boolean sutime() {
                return false;
            }

            public String newlineIsSentenceBreak() {
                return "always";
            }
        });

        HealthCheckResponse response = new PipelineReadinessCheck(notLoaded).call();

        assertThat(response.getName()).isEqualTo("corenlp-pipeline");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }
}
