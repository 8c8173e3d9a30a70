package io.newslens.ingest.client;

import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.service.FeedUrlGuard;
import io.newslens.ingest.service.UnsafeUrl;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches feeds and their item pages over HTTP(S) with the JDK client: connect and whole-response timeouts, a body
 * size limit, our User-Agent, conditional requests, and redirects followed by hand so that every hop passes the
 * {@link FeedUrlGuard} (the client's own redirect handling would reach internal addresses unchecked). Remaining gap,
 * accepted: the client resolves the host again after the guard did, so a DNS answer that changes in between is not
 * caught (Java 17 has no per-request resolver).
 *
 * <p>Blocking (network IO): call it from the {@code feed-poll} pool, never from the event loop.
 */
@ApplicationScoped
public class WebFetcher {

    /**
     * An answer: 200 with its body and validators, or 304 (body empty).
     *
     * @param etag         the {@code ETag} header, or null
     * @param lastModified the {@code Last-Modified} header, or null
     */
    public record Fetched(int status, byte[] body, String contentType, String etag, String lastModified) {

        public boolean notModified() {
            return status == 304;
        }
    }

    private final HttpClient client;
    private final FeedUrlGuard guard;
    private final IngestConfig.Feeds config;

    public WebFetcher(FeedUrlGuard guard, IngestConfig config) {
        this.guard = guard;
        this.config = config.feeds();
        this.client = HttpClient.newBuilder()
                .connectTimeout(this.config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * GET {@code url}; with {@code etag}/{@code lastModified} (either may be null) as If-None-Match /
     * If-Modified-Since. Throws {@link FetchFailed} with the reason for anything but 200 or 304, and
     * {@link UnsafeUrl} when the URL or a redirect target may not be fetched.
     */
    public Fetched get(String url, String accept, String etag, String lastModified) {
        URI uri = guard.check(url).uri();
        for (int hop = 0; ; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(config.requestTimeout())
                    .header("User-Agent", config.userAgent())
                    .header("Accept", accept);
            Optional.ofNullable(etag).ifPresent(v -> request.header("If-None-Match", v));
            Optional.ofNullable(lastModified).ifPresent(v -> request.header("If-Modified-Since", v));
            HttpResponse<InputStream> response = send(request.GET().build());
            int status = response.statusCode();
            if (isRedirect(status)) {
                close(response);
                if (hop >= config.maxRedirects()) {
                    throw new FetchFailed("more than " + config.maxRedirects() + " redirects");
                }
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FetchFailed("HTTP " + status + " without a Location"));
                uri = guard.check(uri.resolve(location).toString()).uri();
                continue;
            }
            if (status == 304) {
                close(response);
                return new Fetched(304, new byte[0], null, etag, lastModified);
            }
            if (status != 200) {
                close(response);
                throw new FetchFailed("HTTP " + status + " from " + uri);
            }
            return new Fetched(200, body(response), header(response, "Content-Type"), header(response, "ETag"),
                    header(response, "Last-Modified"));
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new FetchFailed("cannot fetch " + request.uri() + ": " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("interrupted while fetching " + request.uri());
        }
    }

    /** Reads at most {@code max-body-bytes}; a longer body fails rather than filling the heap. */
    private byte[] body(HttpResponse<InputStream> response) {
        int max = config.maxBodyBytes();
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new FetchFailed("body of " + response.uri() + " is larger than " + max + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new FetchFailed("cannot read " + response.uri() + ": " + describe(e));
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // Nothing to read from it anyway.
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
