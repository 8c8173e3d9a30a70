package io.newslens.devstack.testing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** For tracing tests: W3C ids to send in a {@code traceparent}, and the finished spans of one trace. */
public final class Traces {

    private Traces() {
    }

    /** A random trace id: 32 lowercase hex digits. */
    public static String newTraceId() {
        return hex(32);
    }

    /** A random span id: 16 lowercase hex digits. */
    public static String newSpanId() {
        return hex(16);
    }

    /** The {@code traceparent} header of a sampled span. */
    public static String traceparent(String traceId, String spanId) {
        return "00-" + traceId + "-" + spanId + "-01";
    }

    /** The trace id a {@code traceparent} header names. */
    public static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    /** The parent span id a {@code traceparent} header names. */
    public static String spanId(String traceparent) {
        return traceparent.split("-")[2];
    }

    /** The one finished span of {@code traceId} that {@code filter} accepts; fails unless there is exactly one. */
    public static SpanData one(InMemorySpanExporter spans, String traceId, Predicate<SpanData> filter) {
        List<SpanData> found = spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(traceId)).filter(filter).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one matching span of trace " + traceId + ", found " + found.size()
                    + " among " + spans.getFinishedSpanItems().stream()
                    .filter(s -> s.getTraceId().equals(traceId)).map(s -> s.getName() + "/" + s.getKind()).toList());
        }
        return found.get(0);
    }

    private static String hex(int length) {
        return UUID.randomUUID().toString().replace("-", "").repeat(2).substring(0, length);
    }
}
