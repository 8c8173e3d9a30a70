package io.newslens.nlp.rest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newslens.nlp.service.NlpMetrics;
import io.newslens.nlp.testing.TestNlpConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newslens.contracts.api.AnalyzeRequest;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.nlp.service.ArticleEnricher;
import io.newslens.nlp.service.NlpPipeline;
import org.junit.jupiter.api.Test;

/** While the models load, /analyze answers 503 at once instead of queueing work the pool cannot do. */
class AnalyzeResourceNotReadyTest {

    @Test
    void analyzeBeforeThePipelineIsLoadedIs503() {
        NlpPipeline notLoaded = new NlpPipeline(TestNlpConfig.withSutime(true),
                new NlpMetrics(new SimpleMeterRegistry()));
        AnalyzeResource resource = new AnalyzeResource(notLoaded, new ArticleEnricher(notLoaded, new NlpMetrics(new SimpleMeterRegistry())), null);

        assertThatThrownBy(() -> resource.analyze(new AnalyzeRequest("Pompeo spoke.", null, null)))
                .isInstanceOf(PipelineNotReady.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(503));
    }
}
