package io.newslens.devstack.console;

import io.newslens.contracts.api.ArticleCounts;
import io.newslens.devstack.demo.GatewayClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Keeps the {@link StatusLine} in view while the stack runs: on a terminal redrawn in place every
 * {@link #REDRAW_EVERY}, with rates over the last {@link #RATE_WINDOW}; otherwise a time-stamped line every
 * {@link #LOG_EVERY} when the counts changed, so that a log of a quiet stack does not fill with copies.
 */
public final class StatusWatch {

    static final Duration REDRAW_EVERY = Duration.ofSeconds(1);
    static final Duration RATE_WINDOW = Duration.ofSeconds(10);
    static final Duration LOG_EVERY = Duration.ofSeconds(30);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Output output;
    private final Supplier<ArticleCounts> counts;
    private final Clock clock;
    private final Deque<StatusLine.Sample> window = new ArrayDeque<>();
    private ArticleCounts logged;
    private int drawn;
    private volatile boolean stopped;

    public StatusWatch(Output output, Supplier<ArticleCounts> counts, Clock clock) {
        this.output = output;
        this.counts = counts;
        this.clock = clock;
    }

    /** The counts ingest-service keeps ({@code GET /admin/counts}): one SQL query, and no API key or rate limit. */
    public static Supplier<ArticleCounts> ingestCounts(String ingestUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/admin/counts"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        return () -> {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("ingest-service answered " + response.statusCode());
                }
                return GatewayClient.JSON.readValue(response.body(), ArticleCounts.class);
            } catch (IOException e) {
                throw new IllegalStateException("ingest-service is not answering", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }

    /** Shows the status until {@link #stop}. */
    public void run() throws InterruptedException {
        while (!stopped) {
            update();
            Thread.sleep((output.terminal() ? REDRAW_EVERY : LOG_EVERY).toMillis());
        }
    }

    /** Ends the status line for good, so that what is printed next (shutting down) starts on a line of its own. */
    public synchronized void stop() {
        if (!stopped && drawn > 0) {
            output.out().println();
        }
        stopped = true;
    }

    /** Takes one sample and shows it. */
    synchronized void update() {
        if (stopped) {
            return;
        }
        String line;
        ArticleCounts now;
        try {
            now = counts.get();
            StatusLine.Sample sample = new StatusLine.Sample(clock.instant(), now);
            window.addLast(sample);
            while (window.size() > 2 && window.peekFirst().at().isBefore(sample.at().minus(RATE_WINDOW))) {
                window.removeFirst();
            }
            line = StatusLine.render(window.peekFirst(), sample);
        } catch (RuntimeException e) {
            now = null;
            line = "articles: " + e.getMessage();
        }
        if (output.terminal()) {
            redraw(line);
        } else if (!Objects.equals(now, logged) || now == null) {
            logged = now;
            output.out().println(TIME.format(clock.instant().atZone(clock.getZone())) + " " + line);
        }
    }

    /** Overwrites the line drawn before, padding with blanks where it was longer. */
    private void redraw(String line) {
        String fitted = line.length() < output.width() ? line : line.substring(0, output.width() - 1);
        output.out().print("\r" + fitted + " ".repeat(Math.max(0, drawn - fitted.length())));
        output.out().flush();
        drawn = fitted.length();
    }
}
