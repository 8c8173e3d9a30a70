package io.newslens.query;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A client of a Server-Sent Events stream, read line by line with the JDK client: each event (fields up to a blank
 * line) becomes a map of field to value ("comment" for comment lines), in arrival order.
 */
final class SseConnection implements AutoCloseable {

    private final BlockingQueue<Map<String, String>> events = new LinkedBlockingQueue<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    SseConnection(URI uri) throws Exception {
        response = client.sendAsync(HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        reader = new Thread(this::read, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next event, or null after the timeout. */
    Map<String, String> next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Events until one satisfies {@code last} (included), failing after the timeout. */
    List<Map<String, String>> until(java.util.function.Predicate<Map<String, String>> last, Duration timeout)
            throws InterruptedException {
        List<Map<String, String>> seen = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, String> event = next(Duration.ofNanos(deadline - System.nanoTime()));
            if (event != null) {
                seen.add(event);
                if (last.test(event)) {
                    return seen;
                }
            }
        }
        throw new AssertionError("No such event within " + timeout + "; saw " + seen);
    }

    private void read() {
        Map<String, String> event = new LinkedHashMap<>();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!event.isEmpty()) {
                        events.add(event);
                    }
                    event = new LinkedHashMap<>();
                } else if (line.startsWith(":")) {
                    event.merge("comment", line.substring(1).strip(), (a, b) -> a + "\n" + b);
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    event.merge(field, value, (a, b) -> a + "\n" + b);
                }
            }
        } catch (RuntimeException e) {
            // the connection was closed
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
