package io.newslens.ingest.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.problem.Unreachable;
import io.newslens.ingest.repository.PipelineOutcomes;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows each article past ingest: {@code articles.enriched} makes it ENRICHED, a record on
 * {@code articles.ingested.dlq} makes it FAILED with the reason nlp-service gave. Own consumer groups, so the
 * status never depends on query-service. A record that names no stored article (unreadable, or another
 * installation's) is skipped. While the database cannot be reached the record waits, retried with back-off however
 * long the outage lasts, and its offset is not committed: skipping it would leave the article PUBLISHED for good.
 * Any other database failure is retried a few times, then logged and skipped, because a status is recomputable by
 * replaying the topics and must never stop these consumers.
 */
@ApplicationScoped
public class PipelineOutcomeConsumer {

    private static final Logger LOG = Logger.getLogger(PipelineOutcomeConsumer.class);
    /** SmallRye's dead-letter header with the failure's message. */
    static final String REASON_HEADER = "dead-letter-reason";
    private static final int MAX_REASON = 2000;
    private static final Duration BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final PipelineOutcomes outcomes;
    private final ObjectMapper mapper;

    public PipelineOutcomeConsumer(PipelineOutcomes outcomes, ObjectMapper mapper) {
        this.outcomes = outcomes;
        this.mapper = mapper;
    }

    /** The two fields of an ArticleEnriched this service needs; the rest of the event is not read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Enrichment(String articleId, Instant enrichedAt) {
    }

    @Incoming("pipeline-enriched")
    public Uni<Void> enriched(String json) {
        Enrichment event;
        try {
            event = mapper.readValue(json, Enrichment.class);
        } catch (Exception e) {
            LOG.warnf("Skipping an unreadable record of articles.enriched: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        UUID id = uuid(event.articleId());
        if (id == null || event.enrichedAt() == null) {
            return Uni.createFrom().voidItem();
        }
        return retried(outcomes.enriched(id, event.enrichedAt()), id);
    }

    @Incoming("pipeline-failed")
    public Uni<Void> failed(ConsumerRecord<String, String> record) {
        UUID id = uuid(record.key());
        if (id == null) {
            LOG.warnf("Skipping a dead letter without an article id as key (offset %d)", record.offset());
            return Uni.createFrom().voidItem();
        }
        return retried(outcomes.failed(id, Instant.ofEpochMilli(record.timestamp()), reason(record)), id);
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(REASON_HEADER);
        String reason = header == null || header.value() == null ? "nlp-service gave up on it (no reason recorded)"
                : new String(header.value(), StandardCharsets.UTF_8);
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }

    private static Uni<Void> retried(Uni<Boolean> update, UUID id) {
        return update.onFailure(Unreachable::isCause).retry().withBackOff(BACKOFF, MAX_BACKOFF).indefinitely()
                .onFailure().retry().withBackOff(BACKOFF, MAX_BACKOFF).atMost(6)
                .onFailure().recoverWithItem(e -> {
                    LOG.errorf("Could not record the pipeline outcome of article %s: %s", id, e.getMessage());
                    return false;
                })
                .replaceWithVoid();
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
