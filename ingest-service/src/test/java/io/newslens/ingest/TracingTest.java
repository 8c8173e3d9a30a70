package io.newslens.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newslens.contracts.Topics;
import io.newslens.contracts.tracing.ArticleTraces;
import io.newslens.contracts.tracing.RequestIds;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.LogCapture;
import io.newslens.devstack.testing.Traces;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.devstack.testing.TopicReader;
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
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * One article, one trace: the request that posts it, the outbox relay that publishes it later on another thread, and
 * the Kafka record nlp-service continues from all share the caller's trace id.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class TracingTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theRecordOfAPostedArticleContinuesTheTraceOfItsRequestAcrossTheOutbox() {
        String traceId = Traces.newTraceId();
        String callerSpanId = Traces.newSpanId();
        String id = given().header("traceparent", Traces.traceparent(traceId, callerSpanId))
                .contentType("application/json")
                .body(Map.of("text", "The harbour of " + UUID.randomUUID() + " reopened on Monday after the storm."))
                .post("/articles").then().statusCode(202).extract().path("id");

        ConsumerRecord<String, String> record = published(id);
        String traceparent = header(record, "traceparent");
        assertThat(Traces.traceId(traceparent)).isEqualTo(traceId);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            SpanData server = Traces.one(spans, traceId,
                    s -> s.getKind() == SpanKind.SERVER && s.getName().contains("/articles"));
            assertThat(server.getParentSpanId()).isEqualTo(callerSpanId);
            assertThat(server.getAttributes().get(ArticleTraces.ARTICLE_ID)).isEqualTo(id);
            SpanData relay = Traces.one(spans, traceId, s -> s.getName().equals("outbox relay"));
            assertThat(relay.getParentSpanId()).isEqualTo(server.getSpanId());
            assertThat(relay.getAttributes().get(ArticleTraces.ARTICLE_ID)).isEqualTo(id);
            SpanData producer = Traces.one(spans, traceId, s -> s.getKind() == SpanKind.PRODUCER);
            assertThat(producer.getParentSpanId()).isEqualTo(relay.getSpanId());
            // nlp-service's consumer span will be the child of exactly this producer span.
            assertThat(Traces.spanId(traceparent)).isEqualTo(producer.getSpanId());
        });
    }

    @Test
    void everyArticleOfABatchCarriesTheTraceOfItsRequest() {
        String traceId = Traces.newTraceId();
        String body = "[{\"text\":\"Rain closed the " + UUID.randomUUID() + " bridge for a day.\"},"
                + "{\"text\":\"The " + UUID.randomUUID() + " market opened a week early.\"}]";
        List<String> ids = given().header("traceparent", Traces.traceparent(traceId, Traces.newSpanId()))
                .contentType("application/json").body(body)
                .post("/articles/batch").then().statusCode(200).extract().path("items.id");

        assertThat(ids).hasSize(2).allSatisfy(id ->
                assertThat(Traces.traceId(header(published(id), "traceparent"))).isEqualTo(traceId));
    }

    @Test
    void logsNameTheRequestButNeverTheArticleText() {
        String sentence = "A secret " + UUID.randomUUID() + " sentence that no log line may repeat.";
        try (LogCapture logs = new LogCapture("io.newslens")) {
            String id = given().header(RequestIds.HEADER, "trace-test-1").contentType("application/json")
                    .body(Map.of("text", sentence, "title", "Title " + sentence))
                    .post("/articles").then().statusCode(202).extract().path("id");
            published(id);
            // A rejected article is where a careless log line would repeat the input.
            given().contentType("application/json").body(Map.of("text", sentence, "url", "not a url"))
                    .post("/articles").then().statusCode(422);

            assertThat(logs.lines()).noneMatch(line -> line.mentions(sentence.substring(9, 45)));
        }
    }

    private static ConsumerRecord<String, String> published(String id) {
        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(records).as("record of article %s", id).hasSize(1);
            return records.get(0);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
