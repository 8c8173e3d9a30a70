package io.newslens.contracts.tracing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * One id per request across the four services: the {@code X-Request-Id} the caller sent when it is sane, else a
 * new one. It is put into the request's own headers (the gateway's REST clients forward it), into the MDC (every
 * log line shows {@code req=}), back into the answer, and by ingest-service into the Kafka records it publishes,
 * which nlp-service passes on; so one article can be followed through all logs. Every service registers this
 * filter by depending on contracts.
 */
@Provider
@PreMatching
public class RequestIds implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Ids from clients are echoed into logs and headers: keep them short and plain. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** The id if it may be logged and forwarded, else null. */
    public static String sane(String id) {
        return id != null && SANE.matcher(id).matches() ? id : null;
    }

    /**
     * Logs what follows under the request id a Kafka record carried (its {@link #HEADER} header's value), when
     * there is one and it is sane; the caller removes {@link #MDC_KEY} when the record is done.
     */
    public static void enter(byte[] headerValue) {
        String id = headerValue == null ? null : sane(new String(headerValue, StandardCharsets.UTF_8));
        if (id != null) {
            MDC.put(MDC_KEY, id);
        }
    }

    /** The current request's id (from the MDC), or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String id = sane(request.getHeaderString(HEADER));
        if (id == null) {
            id = UUID.randomUUID().toString();
            request.getHeaders().putSingle(HEADER, id);
        }
        MDC.put(MDC_KEY, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, request.getHeaderString(HEADER));
        MDC.remove(MDC_KEY);
    }
}
