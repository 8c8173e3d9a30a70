package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newslens.contracts.tracing.ArticleTraces;
import io.newslens.contracts.tracing.RequestIds;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.LogCapture;
import io.newslens.devstack.testing.Traces;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.query.messaging.EnrichedArticleConsumer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The projection of an enriched article joins the trace its record carries, and its logs name the article. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class TracingTest {

    @RegisterExtension
    static final EnrichedTopic topic = new EnrichedTopic();

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theProjectionOfAnArticleJoinsTheTraceOfItsRecord() {
        String traceId = Traces.newTraceId();
        String nlpSpanId = Traces.newSpanId();
        String id = Articles.newId();
        topic.publish(Articles.acme(id), Map.of("traceparent", Traces.traceparent(traceId, nlpSpanId)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            SpanData consumer = Traces.one(spans, traceId, s -> s.getKind() == SpanKind.CONSUMER);
            assertThat(consumer.getParentSpanId()).isEqualTo(nlpSpanId);
            SpanData projection = Traces.one(spans, traceId, s -> s.getName().equals(EnrichedArticleConsumer.SPAN));
            assertThat(projection.getParentSpanId()).isEqualTo(consumer.getSpanId());
            assertThat(projection.getAttributes().get(ArticleTraces.ARTICLE_ID)).isEqualTo(id);
        });
        given().get("/articles/{id}", id).then().statusCode(200);
    }

    @Test
    void logLinesAboutAProjectedArticleNameItAndItsRequestButNotItsText() {
        String id = Articles.newId();
        String word = Articles.uniqueWord();
        try (LogCapture logs = new LogCapture("io.newslens")) {
            topic.publish(Articles.enriched(id, "Title " + word, "Nobody logs the " + word + " text.", List.of(),
                    "corenlp-4.5.10/1", Articles.ENRICHED), Map.of(RequestIds.HEADER, "req-" + id));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(logs.lines()).anyMatch(l -> l.message().contains("Stored and indexed article " + id)));

            List<LogCapture.Line> aboutIt = logs.lines().stream().filter(l -> l.message().contains(id)).toList();
            assertThat(aboutIt).isNotEmpty().allSatisfy(line -> {
                assertThat(line.mdc()).containsEntry(ArticleTraces.MDC_KEY, id);
                assertThat(line.mdc()).containsEntry(RequestIds.MDC_KEY, "req-" + id);
            });
            assertThat(logs.lines()).noneMatch(line -> line.mentions(word));
        }
    }
}
