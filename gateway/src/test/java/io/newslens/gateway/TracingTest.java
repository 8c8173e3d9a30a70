package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newslens.devstack.testing.LogCapture;
import io.newslens.devstack.testing.Traces;
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

/**
 * The gateway starts (or continues) the article's trace and hands it to ingest-service in the traceparent header of
 * its call; the API key and the article text stay out of its logs.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class TracingTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theCallToIngestCarriesTheTraceOfTheCallersRequest() {
        String traceId = Traces.newTraceId();
        String callerSpanId = Traces.newSpanId();
        String requestId = "req-" + UUID.randomUUID();
        given().header("X-API-Key", Keys.WRITER).header("X-Request-Id", requestId)
                .header("traceparent", Traces.traceparent(traceId, callerSpanId))
                .contentType("application/json").body(Map.of("text", "Acme grows in " + requestId + "."))
                .post("/api/v1/articles").then().statusCode(202);

        Map<String, String> forwarded = StubServices.INGESTED_HEADERS.stream()
                .filter(h -> requestId.equals(h.get("X-Request-Id"))).findFirst()
                .orElseThrow(() -> new AssertionError(StubServices.INGESTED_HEADERS.toString()));
        String traceparent = forwarded.get("traceparent");
        assertThat(Traces.traceId(traceparent)).isEqualTo(traceId);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            SpanData server = Traces.one(spans, traceId, s -> s.getKind() == SpanKind.SERVER);
            assertThat(server.getParentSpanId()).isEqualTo(callerSpanId);
            SpanData client = Traces.one(spans, traceId, s -> s.getKind() == SpanKind.CLIENT);
            // ingest-service's server span will be the child of exactly this client span.
            assertThat(Traces.spanId(traceparent)).isEqualTo(client.getSpanId());
            assertThat(client.getParentSpanId()).isIn(spanIds(traceId));
        });
    }

    @Test
    void aRequestWithoutTraceStartsOneAndStillHandsItOn() {
        String requestId = "req-" + UUID.randomUUID();
        given().header("X-API-Key", Keys.WRITER).header("X-Request-Id", requestId)
                .contentType("application/json").body(Map.of("text", "Acme shrinks in " + requestId + "."))
                .post("/api/v1/articles").then().statusCode(202);

        Map<String, String> forwarded = StubServices.INGESTED_HEADERS.stream()
                .filter(h -> requestId.equals(h.get("X-Request-Id"))).findFirst()
                .orElseThrow(() -> new AssertionError(StubServices.INGESTED_HEADERS.toString()));
        assertThat(forwarded.get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void neitherApiKeysNorArticleTextAppearInTheLogs() {
        String sentence = "Confidential " + UUID.randomUUID() + " words for no log.";
        String unknownKey = "not-a-key-" + UUID.randomUUID();
        try (LogCapture logs = new LogCapture("io.newslens")) {
            given().header("X-API-Key", Keys.WRITER).contentType("application/json").body(Map.of("text", sentence))
                    .post("/api/v1/articles").then().statusCode(202);
            given().header("X-API-Key", unknownKey).contentType("application/json").body(Map.of("text", sentence))
                    .post("/api/v1/articles").then().statusCode(401);
            given().header("X-API-Key", Keys.READER).contentType("application/json").body(Map.of("text", sentence))
                    .post("/api/v1/articles").then().statusCode(403);
            given().header("Authorization", "Bearer " + unknownKey).get("/api/v1/articles").then().statusCode(401);

            assertThat(logs.lines()).noneMatch(line -> line.mentions(sentence.substring(13, 49))
                    || line.mentions(unknownKey) || line.mentions(Keys.WRITER) || line.mentions(Keys.READER));
        }
    }

    private List<String> spanIds(String traceId) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId))
                .map(SpanData::getSpanId).toList();
    }

}
