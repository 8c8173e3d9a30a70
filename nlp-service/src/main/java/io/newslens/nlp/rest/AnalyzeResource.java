package io.newslens.nlp.rest;

import io.newslens.contracts.api.Analysis;
import io.newslens.contracts.api.AnalyzeRequest;
import io.newslens.nlp.service.ArticleEnricher;
import io.newslens.nlp.service.NlpPipeline;
import io.newslens.nlp.service.NlpWorkers;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /analyze}: the enrichment of a text, computed on request and not stored. */
@Path("/analyze")
public class AnalyzeResource {

    private final NlpPipeline pipeline;
    private final ArticleEnricher enricher;
    private final NlpWorkers workers;

    public AnalyzeResource(NlpPipeline pipeline, ArticleEnricher enricher, NlpWorkers workers) {
        this.pipeline = pipeline;
        this.enricher = enricher;
        this.workers = workers;
    }

    /**
     * Entities, quotes, dates, amounts, keywords and tone of {@code request.text}, offsets into it.
     * Validation (422 empty text, 413 over 200,000 characters) happens on the event loop; the
     * annotation itself runs on the bounded {@code nlp-pool}, shared with the Kafka consumer.
     *
     * @throws PipelineNotReady (503) while the models are loading
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Analysis> analyze(@Valid @NotNull(message = "a JSON body with text is required") AnalyzeRequest request) {
        if (!pipeline.isReady()) {
            throw new PipelineNotReady();
        }
        return workers.run(() -> enricher.analyse(request.text(), request.publishedAt()));
    }
}
