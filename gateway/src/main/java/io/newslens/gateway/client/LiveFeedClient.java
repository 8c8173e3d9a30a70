package io.newslens.gateway.client;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * query-service's live feed ({@code GET /stream}, Server-Sent Events) as raw bytes. A plain Vert.x HTTP client
 * rather than the REST client: the REST client would parse the events and hand over their data only, losing the
 * {@code event:}/{@code id:} fields and the heartbeat comments; here the bytes are relayed as they arrive, with
 * back-pressure (the response is paused while the gateway's client is not reading).
 */
@ApplicationScoped
public class LiveFeedClient {

    /** One connection per open stream: the pool must hold as many as there are live-feed clients. */
    static final int MAX_STREAMS = 500;

    private final HttpClient http;
    private final String base;

    public LiveFeedClient(Vertx vertx, @ConfigProperty(name = "quarkus.rest-client.query.url") String queryUrl) {
        this.base = queryUrl.replaceAll("/+$", "");
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000),
                new PoolOptions().setHttp1MaxSize(MAX_STREAMS));
    }

    /** Opens the stream; the response's body is the event stream (or a problem document on 4xx). */
    public Uni<HttpClientResponse> open(String entity, String q, String requestId) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        if (entity != null) {
            query.add("entity=" + URLEncoder.encode(entity, StandardCharsets.UTF_8));
        }
        if (q != null) {
            query.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setAbsoluteURI(base + "/stream" + query).addHeader("Accept", "text/event-stream");
        if (requestId != null) {
            options.addHeader("X-Request-Id", requestId);
        }
        return http.request(options).chain(request -> request.send());
    }
}
