package io.newslens.devstack.bench;

import io.newslens.contracts.event.ArticleIngested;
import io.newslens.devstack.demo.Demo;
import io.newslens.devstack.stack.Stack;
import io.newslens.devstack.stack.StackConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./newslens bench}: for each nlp-service instance count, a fresh stack on free ports and a fresh data
 * directory, the articles pushed through it ({@link PipelineRun}); after the first run, the NLP engine alone on the
 * same stored articles ({@link RawEngine}); then a summary, a PNG plot and dated rows in docs/benchmarks.md.
 */
public final class Benchmark {

    /**
     * @param limit        articles to push, evenly spaced over the corpus's sorted file list; 0 for all
     * @param document     the Markdown file the rows go to; null to write none
     * @param command      the command line, as recorded in the row
     */
    public record Options(Path root, Path dataDir, Path corpus, int limit, List<Integer> nlpInstances, int batchSize,
            int rawWarmUp, Path document, String command) {
    }

    private final Options options;
    private final PrintStream out;
    private volatile Stack running;

    public Benchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public void run() {
        List<String> all = new ArrayList<>(Demo.corpus(options.corpus()).values());
        List<String> texts = evenlySpaced(all, options.limit());
        String started = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"));
        out.printf("newslens bench: %d of the %d articles of %s, nlp-service instances %s, batches of %d%n",
                texts.size(), all.size(), options.corpus(), options.nlpInstances(), options.batchSize());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Stack stack = running;
            if (stack != null) {
                stack.close();
            }
        }, "bench-shutdown"));

        List<PipelineRun.Result> runs = new ArrayList<>();
        RawEngine.Result raw = null;
        for (int instances : options.nlpInstances()) {
            Path dir = options.dataDir().toAbsolutePath().resolve("nlp-" + instances);
            deleteRecursively(dir);
            out.printf("%nRun with %d nlp-service instance(s), data in %s%n", instances, dir);
            StackConfig config = StackConfig.onFreePorts(options.root(), dir, instances);
            List<ArticleIngested> stored = null;
            try (Stack stack = Stack.start(config, line -> out.println("  " + line))) {
                running = stack;
                PipelineRun run = new PipelineRun(stack, out);
                PipelineRun.Result result = run.run(texts, options.batchSize());
                runs.add(result);
                out.println("  " + Report.summary(result, raw));
                if (raw == null) {
                    stored = run.stored(result.acceptedIds());
                }
            } finally {
                running = null;
            }
            if (raw == null) {
                out.printf("%nRaw engine: the same %d articles in one JVM, no Kafka, HTTP or database ...%n",
                        stored.size());
                raw = RawEngine.run(options.root(), stored, dir, options.rawWarmUp());
                out.printf("  %.2f articles/s (%d articles, %,d tokens in %.1f s, %d worker threads, %.0f CPU-s; "
                                + "load average %.1f → %.1f)%n", raw.articlesPerSecond(), raw.articles(), raw.tokens(),
                        raw.seconds(), raw.workerThreads(), raw.cpuSeconds(), raw.loadBefore(), raw.loadAfter());
            }
        }

        Path png = options.root().resolve("docs/benchmarks/e2e-" + started + ".png");
        RunChart.write(png, runs);
        out.println();
        List<String> rows = new ArrayList<>();
        for (PipelineRun.Result run : runs) {
            out.println(Report.summary(run, raw));
            rows.add(Report.row(run, runs.get(0), raw, texts.size(), all.size(), options.command(),
                    options.document() == null ? png : options.document().toAbsolutePath().getParent().relativize(
                            png.toAbsolutePath())));
        }
        out.println("Plot: " + png);
        if (options.document() != null) {
            try {
                String document = Files.readString(options.document(), StandardCharsets.UTF_8);
                Files.writeString(options.document(), BenchmarksDoc.withRows(document, rows), StandardCharsets.UTF_8);
                out.println("Rows added to " + options.document());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code limit} of {@code all}, spread evenly over it (every category of a sorted corpus); all when 0. */
    static <T> List<T> evenlySpaced(List<T> all, int limit) {
        if (limit <= 0 || limit >= all.size()) {
            return all;
        }
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            picked.add(all.get((int) ((long) i * all.size() / limit)));
        }
        return picked;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear " + dir, e);
        }
    }
}
