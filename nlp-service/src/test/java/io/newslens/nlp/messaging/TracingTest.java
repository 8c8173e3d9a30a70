package io.newslens.nlp.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.Topics;
import io.newslens.contracts.tracing.ArticleTraces;
import io.newslens.contracts.tracing.RequestIds;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.LogCapture;
import io.newslens.devstack.testing.Traces;
import io.newslens.nlp.testing.TopicClient;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** nlp-service continues the trace an ingested record carries, and names the article in its logs. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class TracingTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theEnrichedRecordContinuesTheTraceOfTheIngestedOne() throws Exception {
        String traceId = Traces.newTraceId();
        String ingestSpanId = Traces.newSpanId();
        String key = TopicClient.uniqueKey("trace");
        TopicClient.send(Topics.ARTICLES_INGESTED, key, mapper.writeValueAsString(
                        ArticleEnrichmentTest.article(key, "en", "Jane Doe arrived in Paris.")),
                Map.of("traceparent", Traces.traceparent(traceId, ingestSpanId)));

        ConsumerRecord<String, String> enriched = TopicClient.awaitRecord(Topics.ARTICLES_ENRICHED, key);
        String traceparent = header(enriched, "traceparent");
        assertThat(Traces.traceId(traceparent)).isEqualTo(traceId);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            SpanData consumer = Traces.one(spans, traceId, s -> s.getKind() == SpanKind.CONSUMER);
            assertThat(consumer.getParentSpanId()).isEqualTo(ingestSpanId);
            SpanData enrichment = Traces.one(spans, traceId, s -> s.getName().equals(ArticleProcessor.SPAN));
            assertThat(enrichment.getParentSpanId()).isEqualTo(consumer.getSpanId());
            assertThat(enrichment.getAttributes().get(ArticleTraces.ARTICLE_ID)).isEqualTo(key);
            SpanData producer = Traces.one(spans, traceId, s -> s.getKind() == SpanKind.PRODUCER);
            assertThat(producer.getParentSpanId()).isEqualTo(consumer.getSpanId());
            // query-service's consumer span will be the child of exactly this producer span.
            assertThat(Traces.spanId(traceparent)).isEqualTo(producer.getSpanId());
        });
    }

    @Test
    void logLinesAboutAnArticleNameItAndItsRequestButNotItsText() throws Exception {
        String key = TopicClient.uniqueKey("logged");
        String sentence = "Die geheime " + UUID.randomUUID() + " Nachricht steht in keinem Log.";
        try (LogCapture logs = new LogCapture("io.newslens")) {
            TopicClient.send(Topics.ARTICLES_INGESTED, key, mapper.writeValueAsString(
                    ArticleEnrichmentTest.article(key, "de", sentence)), Map.of(RequestIds.HEADER, "req-" + key));
            TopicClient.awaitRecord(Topics.ARTICLES_ENRICHED, key);

            // The enricher says, at DEBUG, that it skips entity extraction for German.
            List<LogCapture.Line> aboutIt = logs.lines().stream().filter(l -> l.message().contains(key)).toList();
            assertThat(aboutIt).isNotEmpty().allSatisfy(line -> {
                assertThat(line.mdc()).containsEntry(ArticleTraces.MDC_KEY, key);
                assertThat(line.mdc()).containsEntry(RequestIds.MDC_KEY, "req-" + key);
            });
            assertThat(logs.lines()).noneMatch(line -> line.mentions(sentence.substring(12, 48)));
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        assertThat(record.headers().lastHeader(name)).as("header %s", name).isNotNull();
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

}
