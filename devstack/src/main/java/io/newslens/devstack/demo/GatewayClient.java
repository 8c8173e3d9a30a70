package io.newslens.devstack.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newslens.contracts.api.ArticleAccepted;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.ArticleView;
import io.newslens.contracts.api.BatchResult;
import io.newslens.contracts.api.SearchResult;
import io.newslens.contracts.api.SystemStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A small client of the public API, as a user's script would use it (the demo, end-to-end tests). */
public final class GatewayClient {

    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String apiKey;

    public GatewayClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    public ArticleAccepted submit(ArticleSubmission article) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(article))));
        // 200 means the same text was stored before: its id is returned, which is as good for a caller.
        return read(expect(response, response.statusCode() == 200 ? 200 : 202), ArticleAccepted.class);
    }

    /** Submits articles as one JSON-array batch; one result per article, in order. */
    public BatchResult submitBatch(List<ArticleSubmission> articles) {
        return read(expect(send(HttpRequest.newBuilder(uri("/api/v1/articles/batch"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(articles)))), 200), BatchResult.class);
    }

    /** Readiness of the services, the NLP backlog and stored articles by status. */
    public SystemStatus status() {
        return read(expect(send(HttpRequest.newBuilder(uri("/api/v1/status")).GET()), 200), SystemStatus.class);
    }

    /** The searchable articles of {@code source}, with the given facets (comma-separated) and no hits. */
    public SearchResult facetsOfSource(String source, String facets) {
        String query = "?source=" + URLEncoder.encode(source, StandardCharsets.UTF_8) + "&limit=1&facets="
                + URLEncoder.encode(facets, StandardCharsets.UTF_8);
        return read(expect(send(HttpRequest.newBuilder(uri("/api/v1/articles" + query)).GET()), 200),
                SearchResult.class);
    }

    /** The article, or empty when the gateway answers 404. */
    public Optional<ArticleView> get(String id) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/articles/" + id)).GET());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(read(expect(response, 200), ArticleView.class));
    }

    public SearchResult search(String q, int limit) {
        String query = "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=" + limit;
        return read(expect(send(HttpRequest.newBuilder(uri("/api/v1/articles" + query)).GET()), 200),
                SearchResult.class);
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("X-API-Key", apiKey).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A 503 or 429: the gateway asks to try again later (a service behind it was slow or down, or too many calls). */
    public static final class Unavailable extends IllegalStateException {
        Unavailable(String message) {
            super(message);
        }
    }

    private static String expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            String message = response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body();
            throw response.statusCode() == 503 || response.statusCode() == 429
                    ? new Unavailable(message) : new IllegalStateException(message);
        }
        return response.body();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unexpected answer: " + body, e);
        }
    }
}
