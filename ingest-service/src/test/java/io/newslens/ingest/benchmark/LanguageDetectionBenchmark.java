package io.newslens.ingest.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.ingest.LanguageSamples;
import io.newslens.ingest.LanguageSamples.Sample;
import io.newslens.ingest.service.BoilerplateRules;
import io.newslens.ingest.service.Cleaner;
import io.newslens.ingest.service.LanguageDetector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Accuracy and CPU cost of {@link LanguageDetector} settings: how many characters it reads ({@code max-chars}),
 * Lingua's low-accuracy mode, reading three short slices (start, middle, end; majority vote) instead of one
 * prefix, and two steps (a short prefix, the longer one only when the first is not sure). Texts: the BBC articles of {@code ../shared/corpus/bbc/} (English, cleaned as ingest cleans them, read in
 * place), the short samples of {@link LanguageSamples} (one or two sentences each, in the eleven candidate
 * languages) and, per language, those samples joined into one paragraph. Not part of the default build; run it with
 * {@code ./mvnw -B -pl ingest-service -am test -Dtest=LanguageDetectionBenchmark -Dnewslens.benchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. Prints a Markdown table.
 */
@EnabledIfSystemProperty(named = "newslens.benchmark", matches = "true")
class LanguageDetectionBenchmark {

    /** The shipped {@code newslens.ingest.language.candidates}. */
    private static final List<String> CANDIDATES = ShippedSettings.languageCandidates();
    private static final int[] MAX_CHARS = {100, 150, 200, 300, 500, 1000};
    private static final int SLICE_CHARS = 100;
    /** Two steps: {first characters, lead in confidence × 100}, then {@link #TWO_STEP_MAX} when not sure. */
    private static final int[][] TWO_STEPS = {{100, 8}, {100, 10}, {100, 15}, {120, 10}, {150, 10}};
    private static final int TWO_STEP_MAX = 300;

    @Test
    void accuracyAndCostBySetting() throws IOException {
        Cleaner cleaner = new Cleaner(BoilerplateRules.load());
        List<String> bbc = new ArrayList<>();
        for (String raw : BbcCorpus.texts()) {
            bbc.add(cleaner.clean(raw));
        }
        List<Sample> shortSamples = LanguageSamples.load();
        Map<String, StringBuilder> joined = new HashMap<>();
        shortSamples.forEach(s -> joined.computeIfAbsent(s.language(), l -> new StringBuilder()).append(s.text())
                .append(' '));
        List<Sample> paragraphs = joined.entrySet().stream()
                .map(e -> new Sample(e.getKey(), e.getValue().toString().strip())).toList();

        System.out.printf("BBC: %d articles, mean %d characters; %d short samples; %d paragraphs%n", bbc.size(),
                bbc.stream().mapToInt(String::length).sum() / bbc.size(), shortSamples.size(), paragraphs.size());
        System.out.println("| mode | reads | BBC English correct | short samples correct | paragraphs correct "
                + "| CPU µs / BBC article |");
        System.out.println("|---|---|---|---|---|---|");
        for (boolean low : new boolean[] {true, false}) {
            for (int maxChars : MAX_CHARS) {
                LanguageDetector detector = new LanguageDetector(CANDIDATES, low, maxChars);
                row(low, maxChars + " chars", detector::detect, bbc, shortSamples, paragraphs);
            }
            LanguageDetector slice = new LanguageDetector(CANDIDATES, low, SLICE_CHARS);
            LanguageDetector whole = new LanguageDetector(CANDIDATES, low, 3 * SLICE_CHARS);
            row(low, "3 × " + SLICE_CHARS + " chars", text -> slices(slice, whole, text), bbc, shortSamples,
                    paragraphs);
            for (int[] step : TWO_STEPS) {
                LanguageDetector twoSteps = new LanguageDetector(CANDIDATES, low, step[0], step[1] / 100.0,
                        TWO_STEP_MAX);
                row(low, String.format("%d chars, %d when the lead < %.2f", step[0], TWO_STEP_MAX, step[1] / 100.0),
                        twoSteps::detect, bbc, shortSamples, paragraphs);
            }
        }
    }

    private static void row(boolean low, String reads, Function<String, String> detect, List<String> bbc,
            List<Sample> shortSamples, List<Sample> paragraphs) {
        bbc.forEach(detect::apply); // warm-up
        long cpu = ProcessCpu.nanos();
        long english = bbc.stream().filter(t -> "en".equals(detect.apply(t))).count();
        long micros = (ProcessCpu.nanos() - cpu) / 1_000 / bbc.size();
        System.out.printf("| %s | %s | %d / %d | %s | %s | %d |%n", low ? "low accuracy" : "high accuracy", reads,
                english, bbc.size(), correct(detect, shortSamples), correct(detect, paragraphs), micros);
        assertThat(english).as("some English found").isPositive();
    }

    private static String correct(Function<String, String> detect, List<Sample> samples) {
        List<String> wrong = samples.stream().filter(s -> !s.language().equals(detect.apply(s.text())))
                .map(s -> s.language() + "→" + detect.apply(s.text())).toList();
        return (samples.size() - wrong.size()) + " / " + samples.size() + (wrong.isEmpty() ? "" : " " + wrong);
    }

    /** Majority of the start, middle and end slices, the start's answer on a tie; a short text is read whole. */
    private static String slices(LanguageDetector detector, LanguageDetector whole, String text) {
        if (text.length() <= 3 * SLICE_CHARS) {
            return whole.detect(text);
        }
        int middle = text.length() / 2 - SLICE_CHARS / 2;
        List<String> votes = List.of(text.substring(0), text.substring(middle),
                text.substring(text.length() - SLICE_CHARS)).stream().map(detector::detect).toList();
        Map<String, Integer> counts = new HashMap<>();
        votes.stream().filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).findFirst()
                .orElse(votes.get(0));
    }
}
