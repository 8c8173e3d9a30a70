package io.newslens.nlp.health;

import io.newslens.nlp.service.NlpPipeline;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the CoreNLP models are loaded (seconds after start), or ever if loading failed. */
@Readiness
@ApplicationScoped
public class PipelineReadinessCheck implements HealthCheck {

    static final String NAME = "corenlp-pipeline";

    private final NlpPipeline pipeline;

    public PipelineReadinessCheck(NlpPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(pipeline.isReady())
                .withData("annotators", pipeline.annotators());
        if (pipeline.isReady()) {
            response.withData("loadMillis", pipeline.loadMillis());
        }
        pipeline.failure().ifPresent(e -> response.withData("error", e.toString()));
        return response.build();
    }
}
