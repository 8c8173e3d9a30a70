package io.newslens.nlp.messaging;

import io.newslens.nlp.service.NlpPipeline;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Keeps the articles-ingested channel paused (it starts so: {@code initially-paused=true}) until the
 * CoreNLP pipeline is loaded. Records are then never polled only to wait for the models, and an
 * instance whose models failed to load consumes nothing rather than dead-lettering every article.
 */
@ApplicationScoped
public class ConsumptionGate {

    private static final Logger LOG = Logger.getLogger(ConsumptionGate.class);

    private final NlpPipeline pipeline;
    private final ChannelRegistry channels;

    public ConsumptionGate(NlpPipeline pipeline, ChannelRegistry channels) {
        this.pipeline = pipeline;
        this.channels = channels;
    }

    /** Channels are wired by the time application observers of StartupEvent run. */
    void openWhenPipelineReady(@Observes StartupEvent event) {
        PausableChannel channel = channels.getPausable(ArticleProcessor.INGESTED);
        if (channel == null) {
            throw new IllegalStateException("Channel " + ArticleProcessor.INGESTED
                    + " is not pausable: set mp.messaging.incoming." + ArticleProcessor.INGESTED + ".pausable=true");
        }
        pipeline.whenReady().thenRun(() -> {
            channel.resume();
            LOG.infof("Consuming %s", ArticleProcessor.INGESTED);
        });
    }
}
