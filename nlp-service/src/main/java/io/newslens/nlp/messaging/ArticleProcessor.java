package io.newslens.nlp.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.contracts.tracing.ArticleTraces;
import io.newslens.contracts.tracing.RequestIds;
import io.newslens.nlp.service.ArticleEnricher;
import io.newslens.nlp.service.NlpMetrics;
import io.newslens.nlp.service.NlpWorkers;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.MDC;

/** Kafka in and out: articles.ingested → NLP → articles.enriched, keyed by article id. */
@ApplicationScoped
public class ArticleProcessor {

    static final String INGESTED = "articles-ingested";
    static final String ENRICHED = "articles-enriched";
    static final String SPAN = "enrich article";

    private final ObjectMapper mapper;
    private final ArticleEnricher enricher;
    private final NlpMetrics metrics;
    private final Tracer tracer;

    public ArticleProcessor(ObjectMapper mapper, ArticleEnricher enricher, NlpMetrics metrics, Tracer tracer) {
        this.metrics = metrics;
        this.tracer = tracer;
        this.mapper = mapper;
        this.enricher = enricher;
    }

    /**
     * Enriches one ingested article. Runs on the {@code nlp-pool} worker pool, bounded to
     * {@code newslens.nlp.worker-threads}: annotation is CPU-bound and must never run on the event
     * loop. Unordered, so that the pool's threads work on several articles at once; offsets are
     * still committed in order, once every earlier record is done.
     *
     * <p>The incoming record is acknowledged when the enriched one is written. Any exception nacks
     * it instead, and the dead-letter-queue failure strategy moves it to articles.ingested.dlq with
     * the reason in a header, so one bad record never blocks its partition.
     *
     * <p>Tracing: the connector's consumer span (child of ingest-service's producer span, from the record's
     * {@code traceparent}) is in {@code tracing}; the enrichment is a span under it, and the connector's producer
     * span for articles.enriched continues the same trace, since the outgoing record keeps the incoming metadata.
     */
    @Incoming(INGESTED)
    @Outgoing(ENRICHED)
    @Blocking(value = NlpWorkers.POOL, ordered = false)
    public Record<String, String> enrich(String json, IncomingKafkaRecordMetadata<String, String> record,
            Optional<TracingMetadata> tracing) {
        // The request that brought the article names this work in the logs; the header itself goes on to
        // articles.enriched by the channel's propagate-headers. The record key is the article id.
        Header header = record.getHeaders().lastHeader(RequestIds.HEADER);
        RequestIds.enter(header == null ? null : header.value());
        ArticleTraces.enter(record.getKey());
        Context parent = tracing.map(TracingMetadata::getCurrentContext).orElse(Context.current());
        Span span = ArticleTraces.start(tracer, SPAN, SpanKind.INTERNAL, parent, record.getKey());
        try (Scope ignored = span.makeCurrent()) {
            return metrics.enrich(() -> {
                ArticleEnriched enriched = enricher.enrich(read(json));
                return Record.of(enriched.articleId(), write(enriched));
            });
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e;
        } finally {
            span.end();
            ArticleTraces.leave();
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private ArticleIngested read(String json) {
        ArticleIngested article;
        try {
            article = mapper.readValue(json, ArticleIngested.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableArticle("Not an ArticleIngested JSON: " + e.getOriginalMessage());
        }
        if (article == null || isBlank(article.articleId()) || article.text() == null) {
            throw new UnreadableArticle("ArticleIngested without articleId or text");
        }
        return article;
    }

    private String write(ArticleEnriched enriched) {
        try {
            return mapper.writeValueAsString(enriched);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ArticleEnriched did not serialise", e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
