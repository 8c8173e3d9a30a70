package io.newslens.nlp.service;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import edu.stanford.nlp.pipeline.CoreDocument;
import io.newslens.nlp.config.NlpConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Benchmark of the whole enrichment (CoreNLP + our layers, as the service runs it) over the BBC corpus,
 * read in place. Not a test: run it with {@code nlp-service/bench.sh} (see docs/benchmarks.md), one
 * configuration per JVM so that heap and RSS are that configuration's.
 *
 * <p>Arguments: {@code --sutime=true|false --fine-grained=true|false --per-category=N --corpus=DIR}.
 * Prints one Markdown table row: load time; tokens per CPU-second of the worker threads with 1 and 2
 * threads (what one core does, robust to other load on the machine); articles/s and tokens/s by the
 * wall clock with 1 and 2 threads and their ratio; live heap after a full GC; process RSS now and at
 * its peak; the share of CPU time spent in our layers after CoreNLP.
 */
public final class EnrichmentBenchmark {

    record Config(String annotators, int workerThreads, boolean fineGrainedNer, boolean sutime,
            String newlineIsSentenceBreak, int maxTokenChars, int maxSentenceTokens) implements NlpConfig {
    }

    /** One pass: wall time, and CPU time of the worker threads (what a core does, whatever else runs). */
    record Pass(int articles, long tokens, double seconds, double cpuSeconds, double ourCpuSeconds) {
        String row() {
            return String.format(Locale.ROOT, "%.1f art/s, %,.0f tok/s", articles / seconds, tokens / seconds);
        }

        double tokensPerCpuSecond() {
            return tokens / cpuSeconds;
        }
    }

    public static void main(String[] args) throws Exception {
        boolean sutime = Boolean.parseBoolean(arg(args, "sutime", "false"));
        boolean fine = Boolean.parseBoolean(arg(args, "fine-grained", "false"));
        int perCategory = Integer.parseInt(arg(args, "per-category", "40"));
        Path corpus = Path.of(arg(args, "corpus", "../shared/corpus/bbc"));
        List<String> texts = read(corpus, perCategory);

        long start = System.nanoTime();
        NlpMetrics metrics = new NlpMetrics(new SimpleMeterRegistry());
        NlpPipeline pipeline = new NlpPipeline(new Config("tokenize,ssplit,pos,lemma,ner", 2, fine, sutime, "always",
                2000, 1000), metrics);
        pipeline.load();
        if (!pipeline.isReady()) {
            throw new IllegalStateException("pipeline did not load", pipeline.failure().orElse(null));
        }
        double load = (System.nanoTime() - start) / 1e9;

        run(pipeline, metrics, texts, 1); // warm-up: JIT, lazy model parts
        Pass one = run(pipeline, metrics, texts, 1);
        Pass two = run(pipeline, metrics, texts, 2);
        System.gc();
        System.gc();
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        System.out.printf(Locale.ROOT, "| sutime=%s fine-grained=%s | %d articles, %,d tokens | %.1f s "
                        + "| %,.0f | %,.0f | %s | %s (x%.2f) | %d MB | %s MB / %s MB | %.1f%% |%n",
                sutime, fine, one.articles(), one.tokens(), load, one.tokensPerCpuSecond(), two.tokensPerCpuSecond(),
                one.row(), two.row(), one.seconds() / two.seconds(), heapMb, status("VmRSS"), status("VmHWM"),
                100 * one.ourCpuSeconds() / one.cpuSeconds());
        System.out.printf(Locale.ROOT, "load average %.2f, %d processors, max heap %d MB%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Annotates and analyses every text on {@code threads} threads, as the service's pool does. */
    static Pass run(NlpPipeline pipeline, NlpMetrics metrics, List<String> texts, int threads) throws Exception {
        AtomicLong tokens = new AtomicLong();
        AtomicLong ourNanos = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String text : texts) {
                done.add(pool.submit(() -> {
                    long before = cpu.getCurrentThreadCpuTime();
                    CoreDocument document = pipeline.annotate(text, null);
                    long ours = cpu.getCurrentThreadCpuTime();
                    ArticleAnalysis.of(document, metrics);
                    long after = cpu.getCurrentThreadCpuTime();
                    ourNanos.addAndGet(after - ours);
                    cpuNanos.addAndGet(after - before);
                    tokens.addAndGet(document.tokens().size());
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Pass(texts.size(), tokens.get(), (System.nanoTime() - start) / 1e9, cpuNanos.get() / 1e9,
                ourNanos.get() / 1e9);
    }

    /** The first {@code perCategory} files of each category directory, in name order. */
    private static List<String> read(Path corpus, int perCategory) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> categories = Files.list(corpus)) {
            for (Path category : categories.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(category)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(perCategory).toList()) {
                        texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return texts;
    }

    private static String arg(String[] args, String name, String fallback) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return a.substring(name.length() + 3);
            }
        }
        return fallback;
    }

    private static String status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return String.valueOf(kb >> 10);
            }
        }
        return "?";
    }
}
