package io.newslens.nlp.testing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Tests read the finished spans here; a SpanExporter bean also replaces the OTLP exporter. */
public class InMemorySpans {

    @Produces
    @Singleton
    public InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
