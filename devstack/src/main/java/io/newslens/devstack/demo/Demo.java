package io.newslens.devstack.demo;

import io.newslens.contracts.api.ArticleStatus;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.ArticleView;
import io.newslens.contracts.event.Entity;
import io.newslens.devstack.console.Output;
import io.newslens.devstack.console.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Pushes articles through the gateway, waits until they are enriched, and prints what was found in each. Submitting
 * and waiting each show a progress bar ({@link Progress}).
 */
public final class Demo {

    /** Our own short sample articles, shipped in this module (real articles stay in ../shared). */
    static final List<String> SAMPLES = List.of("samples/chip-export-rules.txt", "samples/port-strike.txt",
            "samples/city-budget.txt");

    private final GatewayClient gateway;
    private final Output output;
    private final PrintStream out;

    /** Writes whole lines to {@code out}, progress included: for logs and tests. */
    public Demo(GatewayClient gateway, PrintStream out) {
        this(gateway, Output.lines(out));
    }

    public Demo(GatewayClient gateway, Output output) {
        this.gateway = gateway;
        this.output = output;
        this.out = output.out();
    }

    /** Every {@code .txt} file of {@code dir}, by name: the file name identifies it, its text is the article. */
    public static Map<String, String> corpus(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            Map<String, String> articles = new LinkedHashMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.put(dir.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read corpus " + dir, e);
        }
    }

    public static Map<String, String> samples() {
        Map<String, String> articles = new LinkedHashMap<>();
        for (String name : SAMPLES) {
            try (InputStream in = Demo.class.getClassLoader().getResourceAsStream(name)) {
                articles.put(name.substring(name.indexOf('/') + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return articles;
    }

    /** Submits every article; returns file name → article id. */
    public Map<String, String> submit(Map<String, String> articles) {
        Map<String, String> ids = new LinkedHashMap<>();
        try (Progress bar = Progress.start(output, "submitted", articles.size())) {
            articles.forEach((name, text) -> {
                ids.put(name, gateway.submit(new ArticleSubmission(text, null, null, null, null)).id());
                bar.step();
            });
        }
        out.printf("Submitted %d articles through the gateway.%n", ids.size());
        return ids;
    }

    /** Polls until every article is ENRICHED; returns them in submission order. */
    public Map<String, ArticleView> awaitEnriched(Map<String, String> ids, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, ArticleView> done = new LinkedHashMap<>();
        try (Progress bar = Progress.start(output, "enriched", ids.size())) {
            while (done.size() < ids.size()) {
                for (Map.Entry<String, String> e : ids.entrySet()) {
                    if (!done.containsKey(e.getKey())) {
                        poll(e.getValue()).ifPresent(a -> done.put(e.getKey(), a));
                        bar.stepTo(done.size());
                    }
                }
                if (done.size() < ids.size()) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Only " + done.size() + " of " + ids.size()
                                + " articles were enriched within " + timeout);
                    }
                    sleep(500);
                }
            }
        }
        Map<String, ArticleView> ordered = new LinkedHashMap<>();
        ids.keySet().forEach(name -> ordered.put(name, done.get(name)));
        return ordered;
    }

    /** The article once enriched; empty while not, or while the gateway asks to try again (the deadline bounds it). */
    private Optional<ArticleView> poll(String id) {
        try {
            return gateway.get(id).filter(a -> a.status() == ArticleStatus.ENRICHED);
        } catch (GatewayClient.Unavailable e) {
            return Optional.empty();
        }
    }

    public void printSummary(Map<String, ArticleView> enriched) {
        out.println();
        out.println("What newslens found (top entities by mentions):");
        enriched.forEach((name, article) -> {
            out.printf("  %s  [%s]%n", name, article.id());
            out.printf("      %s%n", topEntities(article, 6));
        });
    }

    static String topEntities(ArticleView article, int limit) {
        List<Entity> entities = new ArrayList<>(article.entities() == null ? List.of() : article.entities());
        entities.sort(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed()
                .thenComparing(Entity::name));
        return entities.stream().limit(limit)
                .map(e -> e.name() + " (" + e.type() + " x" + e.mentions().size() + ")")
                .collect(Collectors.joining(", "));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
