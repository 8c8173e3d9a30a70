package io.newslens.contracts.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.MDC;

/**
 * One trace per article across the services. HTTP calls and the Kafka channels carry the W3C {@code traceparent}
 * by themselves (quarkus-opentelemetry); what they cannot do is cross ingest-service's outbox, where the record is
 * published later by another thread: the accepting request's context is stored with the outbox row
 * ({@link TraceHeaders}) and becomes the parent of the relay's span. Spans about one article carry the
 * {@value #ARTICLE_ID_ATTRIBUTE} attribute, and log lines about it the {@value #MDC_KEY} MDC entry.
 */
public final class ArticleTraces {

    public static final String ARTICLE_ID_ATTRIBUTE = "article.id";
    public static final AttributeKey<String> ARTICLE_ID = AttributeKey.stringKey(ARTICLE_ID_ATTRIBUTE);
    public static final String MDC_KEY = "articleId";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<TraceHeaders> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(TraceHeaders trace) {
            return List.of(TraceHeaders.TRACEPARENT, TraceHeaders.TRACESTATE);
        }

        @Override
        public String get(TraceHeaders trace, String key) {
            if (trace == null) {
                return null;
            }
            return TraceHeaders.TRACEPARENT.equals(key) ? trace.traceparent()
                    : TraceHeaders.TRACESTATE.equals(key) ? trace.tracestate() : null;
        }
    };

    private ArticleTraces() {
    }

    /**
     * The W3C headers of a trace context, as stored with an outbox row; both null outside a (sampled or not)
     * trace, e.g. when tracing is off.
     */
    public record TraceHeaders(String traceparent, String tracestate) {
        public static final String TRACEPARENT = "traceparent";
        public static final String TRACESTATE = "tracestate";
        public static final TraceHeaders NONE = new TraceHeaders(null, null);

        /** The current span's context. */
        public static TraceHeaders current() {
            Map<String, String> headers = new HashMap<>();
            W3C.inject(Context.current(), headers, Map::put);
            String state = headers.get(TRACESTATE);
            return new TraceHeaders(headers.get(TRACEPARENT), state == null || state.isEmpty() ? null : state);
        }
    }

    /** The context {@code trace} describes, as a parent; the root context when it describes none. */
    public static Context parent(TraceHeaders trace) {
        return W3C.extract(Context.root(), trace, STORED);
    }

    /** Starts a span for work on one article, child of {@code parent}, marked with the article id; not made current. */
    public static Span start(Tracer tracer, String name, SpanKind kind, Context parent, String articleId) {
        Span span = tracer.spanBuilder(name).setParent(parent).setSpanKind(kind).startSpan();
        mark(span, articleId);
        return span;
    }

    /** Marks {@code span} (e.g. the HTTP server span of the request that brought the article) with its id. */
    public static void mark(Span span, String articleId) {
        if (articleId != null) {
            span.setAttribute(ARTICLE_ID, articleId);
        }
    }

    /**
     * Logs what follows on this thread (or Vert.x context) under {@code articleId}; {@link #leave} ends it. Only for
     * work that runs one article at a time there: nlp-service's workers, query-service's projection.
     */
    public static void enter(String articleId) {
        if (articleId != null) {
            MDC.put(MDC_KEY, articleId);
        }
    }

    public static void leave() {
        MDC.remove(MDC_KEY);
    }
}
