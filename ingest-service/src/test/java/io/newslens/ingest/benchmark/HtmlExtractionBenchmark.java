package io.newslens.ingest.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.ingest.service.Cleaner;
import io.newslens.ingest.service.HtmlExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scores {@link HtmlExtractor} on the trafilatura evaluation set in {@code ../shared/eval/html-extraction/}
 * (micro-averaged snippet precision/recall/F as its README defines them) and times it, for each variant. Not part of
 * the default build; run it with
 * {@code ./mvnw -B -pl ingest-service test -Dtest=HtmlExtractionBenchmark -Dnewslens.benchmark=true}
 * ({@code -Dnewslens.eval.html=DIR} for another copy of the set). It prints a Markdown table.
 */
@EnabledIfSystemProperty(named = "newslens.benchmark", matches = "true")
class HtmlExtractionBenchmark {

    private static final int WARM_PASSES = 4;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void scoreEveryVariant() throws Exception {
        Path dir = Path.of(System.getProperty("newslens.eval.html", "../../shared/eval/html-extraction"));
        JsonNode cases = new ObjectMapper().readTree(dir.resolve("cases.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (JsonNode c : cases) {
            pages.add(new Page(c.get("url").asText(), Files.readAllBytes(dir.resolve("pages").resolve(c.get("file").asText())),
                    strings(c.get("with")), strings(c.get("without"))));
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n| variant | precision | recall | accuracy | F-score | ms/page warm (median) | CPU ms/page warm "
                        + "| cold |%n|---|---|---|---|---|---|---|---|%n"));
        for (HtmlExtractor.Variant variant : List.of(HtmlExtractor.READABILITY_ONLY, HtmlExtractor.WITH_FALLBACK,
                HtmlExtractor.WITH_CHROME_REMOVAL, HtmlExtractor.CHROME_AND_FALLBACK, HtmlExtractor.WITH_BLOCK_PRUNING,
                HtmlExtractor.BEST)) {
            table.append(run(new HtmlExtractor(variant), UnaryOperator.identity(), variant.name(), pages)).append('\n');
        }
        // What ingest-service stores: the extracted text after the Cleaner's boilerplate rules.
        table.append(run(new HtmlExtractor(), new Cleaner()::clean, HtmlExtractor.BEST.name() + " + Cleaner", pages))
                .append('\n');
        System.out.println(table);
        assertThat(table).isNotEmpty();
    }

    private static String run(HtmlExtractor extractor, UnaryOperator<String> after, String name, List<Page> pages) {
        String[] outputs = new String[pages.size()];
        double cold = pass(extractor, after, pages, outputs)[0];
        double[] warm = new double[WARM_PASSES];
        double[] warmCpu = new double[WARM_PASSES];
        List<Double> perPage = new ArrayList<>();
        for (int p = 0; p < WARM_PASSES; p++) {
            double[] times = pass(extractor, after, pages, outputs);
            warm[p] = times[0];
            warmCpu[p] = times[1];
            for (int i = 2; i < times.length; i++) {
                perPage.add(times[i]);
            }
        }
        long tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < pages.size(); i++) {
            String out = normalise(outputs[i] == null ? "" : outputs[i]);
            for (String s : pages.get(i).with()) {
                if (out.contains(normalise(s))) tp++; else fn++;
            }
            for (String s : pages.get(i).without()) {
                if (out.contains(normalise(s))) fp++; else tn++;
            }
        }
        double precision = ratio(tp, tp + fp), recall = ratio(tp, tp + fn);
        double accuracy = ratio(tp + tn, tp + fp + fn + tn), f = ratio(2 * tp, 2 * tp + fp + fn);
        double[] sorted = perPage.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.1f (%.1f) | %.1f | %.1f |", name,
                precision, recall, accuracy, f, Arrays.stream(warm).average().orElse(0), sorted[sorted.length / 2],
                Arrays.stream(warmCpu).average().orElse(0), cold);
    }

    /**
     * Mean ms/page of the pass, its mean CPU ms/page (this thread's CPU time: on a shared machine it counts less of
     * the waiting for a core than wall time does), then each page's ms. A crash leaves no output, which scores as a
     * miss.
     */
    private static double[] pass(HtmlExtractor extractor, UnaryOperator<String> after, List<Page> pages,
            String[] outputs) {
        double[] times = new double[pages.size() + 2];
        long all = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < pages.size(); i++) {
            long start = System.nanoTime();
            try {
                outputs[i] = after.apply(extractor.extract(pages.get(i).html(), pages.get(i).url()).text());
            } catch (RuntimeException e) {
                outputs[i] = null;
            }
            times[i + 2] = (System.nanoTime() - start) / 1e6;
        }
        times[0] = (System.nanoTime() - all) / 1e6 / pages.size();
        times[1] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / pages.size();
        return times;
    }

    /** Every maximal run of Python-{@code isspace()} characters becomes one space; then trimmed. */
    static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPythonSpace(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPythonSpace(char c) {
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private record Page(String url, byte[] html, List<String> with, List<String> without) {
    }
}
