package io.newslens.gateway.service;

import io.newslens.contracts.api.Analysis;
import io.newslens.contracts.api.AnalyzeRequest;
import io.newslens.gateway.client.DownstreamClientError;
import io.newslens.gateway.client.NlpClient;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Ad-hoc analysis by nlp-service; CPU-heavy there, so a generous timeout and no retries. */
@ApplicationScoped
public class AnalysisService {

    private final NlpClient nlp;

    public AnalysisService(@RestClient NlpClient nlp) {
        this.nlp = nlp;
    }

    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamClientError.class)
    @CircuitBreakerName("nlp-analyze")
    public Uni<Analysis> analyze(AnalyzeRequest request) {
        return nlp.analyze(request).onFailure(t -> !(t instanceof io.newslens.contracts.problem.ProblemException))
                .transform(e -> new ServiceUnavailable("nlp-service"));
    }
}
