package io.newslens.devstack.infra;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** Waits for a child process to answer an HTTP probe; fails early, with its log's tail, if the process dies. */
public final class ReadinessProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ReadinessProbe() {
    }

    /** Sends {@code probe} every 500 ms until {@code ready} accepts an answer or {@code timeout} passes. */
    public static void await(String name, Process process, Path log, HttpRequest probe,
            Predicate<HttpResponse<String>> ready, Duration timeout) {
        await(name, process, log, HTTP, probe, ready, timeout);
    }

    /** As {@link #await(String, Process, Path, HttpRequest, Predicate, Duration)}, sending through {@code client}. */
    public static void await(String name, Process process, Path log, HttpClient client, HttpRequest probe,
            Predicate<HttpResponse<String>> ready, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                if (ready.test(client.send(probe, HttpResponse.BodyHandlers.ofString()))) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + tail(log));
    }

    /** The last 40 lines of {@code log}. */
    public static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
