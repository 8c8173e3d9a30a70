package io.newslens.ingest.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.ingest.service.MinHash;
import io.newslens.ingest.service.NearDuplicateDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Precision and recall of {@link MinHash} near-duplicate detection on the BBC corpus in {@code ../shared/corpus/bbc/}:
 * the true pairs are its exact duplicates (same text in two files), its re-titled copies (same body under another
 * headline) and pairs made here by editing a few sentences of every 10th article; every other pair of the corpus counts as distinct. Not part of the default build; run it with
 * {@code ./mvnw -B -pl ingest-service test -Dtest=NearDuplicateBenchmark -Dnewslens.benchmark=true}. Prints a
 * Markdown table.
 */
@EnabledIfSystemProperty(named = "newslens.benchmark", matches = "true")
class NearDuplicateBenchmark {

    private static final double[] THRESHOLDS = {0.7, 0.8, 0.9};

    @Test
    void precisionAndRecallOnBbc() throws IOException {
        Path dir = Path.of(System.getProperty("newslens.corpus.bbc", "../../shared/corpus/bbc"));
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).strip());
            }
        }
        Set<Long> truePairs = new HashSet<>();
        Map<String, Integer> firstOfText = new HashMap<>();
        int exact = 0;
        for (int i = 0; i < texts.size(); i++) {
            Integer first = firstOfText.putIfAbsent(texts.get(i), i);
            if (first != null) {
                truePairs.add(pair(first, i));
                exact++;
            }
        }
        // The corpus also re-runs stories under another headline: the same body after the first line.
        Map<String, Integer> firstOfBody = new HashMap<>();
        int retitled = 0;
        for (int i = 0; i < texts.size(); i++) {
            String body = texts.get(i).substring(texts.get(i).indexOf('\n') + 1).strip();
            Integer first = firstOfBody.putIfAbsent(body, i);
            if (first != null && truePairs.add(pair(first, i))) {
                retitled++;
            }
        }
        int originals = texts.size();
        int edited = 0;
        for (int i = 0; i < originals; i += 10) {
            texts.add(edit(texts.get(i), i));
            truePairs.add(pair(i, texts.size() - 1));
            edited++;
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n%d articles, %d exact duplicates, %d re-titled copies, %d edited copies; %d true pairs%n%n"
                        + "| shingle | slots | threshold | precision | recall | recall exact + re-titled | recall edited | "
                        + "false pairs | ms/article |%n|---|---|---|---|---|---|---|---|---|%n",
                originals, exact, retitled, edited, truePairs.size()));
        for (int words : new int[] {3, 5}) {
            MinHash minHash = new MinHash(128, words);
            long start = System.nanoTime();
            List<long[]> signatures = texts.stream().map(minHash::signature).toList();
            double ms = (System.nanoTime() - start) / 1e6 / texts.size();
            for (double threshold : THRESHOLDS) {
                long tp = 0, fp = 0, tpExact = 0;
                for (int i = 0; i < texts.size(); i++) {
                    for (int j = i + 1; j < texts.size(); j++) {
                        if (MinHash.similarity(signatures.get(i), signatures.get(j)) >= threshold) {
                            if (truePairs.contains(pair(i, j))) {
                                tp++;
                                if (j < originals) {
                                    tpExact++;
                                }
                            } else {
                                fp++;
                            }
                        }
                    }
                }
                table.append(String.format(Locale.ROOT, "| %d words | 128 | %.2f | %.3f | %.3f | %.3f | %.3f | %d | %.2f |%n",
                        words, threshold, tp + fp == 0 ? 0 : (double) tp / (tp + fp), (double) tp / truePairs.size(),
                        (double) tpExact / (exact + retitled), (double) (tp - tpExact) / edited, fp, ms));
            }
        }
        table.append(bandShapes(new MinHash(NearDuplicateDetector.SLOTS, NearDuplicateDetector.SHINGLE_WORDS), texts));
        System.out.println(table);
        assertThat(truePairs).isNotEmpty();
    }

    /**
     * LSH band shapes: of the pairs whose estimate reaches the 0.8 threshold, the share that has a band in common
     * (only those are ever compared), and how many pairs below it share a band (each costs a verification).
     */
    private static String bandShapes(MinHash minHash, List<String> texts) {
        List<long[]> signatures = texts.stream().map(minHash::signature).toList();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n| bands x slots | pairs >= 0.80 "
                + "sharing a band | pairs < 0.80 sharing a band, per article |%n|---|---|---|%n"));
        for (int[] shape : new int[][] {{20, 6}, {16, 5}, {12, 4}, {10, 4}, {8, 3}}) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < signatures.size(); i++) {
                for (long band : NearDuplicateDetector.bandHashes(signatures.get(i), shape[0], shape[1])) {
                    buckets.computeIfAbsent(band, b -> new ArrayList<>()).add(i);
                }
            }
            Set<Long> candidates = new HashSet<>();
            for (List<Integer> bucket : buckets.values()) {
                for (int a = 0; a < bucket.size(); a++) {
                    for (int b = a + 1; b < bucket.size(); b++) {
                        candidates.add(pair(bucket.get(a), bucket.get(b)));
                    }
                }
            }
            long similar = 0, found = 0;
            for (int i = 0; i < signatures.size(); i++) {
                for (int j = i + 1; j < signatures.size(); j++) {
                    if (MinHash.similarity(signatures.get(i), signatures.get(j)) >= 0.8) {
                        similar++;
                        if (candidates.contains(pair(i, j))) {
                            found++;
                        }
                    }
                }
            }
            table.append(String.format(Locale.ROOT, "| %d x %d | %d / %d | %.3f |%n", shape[0], shape[1], found,
                    similar, (double) (candidates.size() - found) / signatures.size()));
        }
        return table.toString();
    }

    /** A few sentences edited: one reworded (two words replaced), one deleted, one added. */
    static String edit(String text, int seed) {
        List<String> sentences = new ArrayList<>(List.of(text.split("(?<=\\.)\\s+")));
        if (sentences.size() >= 4) {
            int reworded = 1 + seed % (sentences.size() - 2);
            String[] words = sentences.get(reworded).split(" ");
            words[words.length / 3] = "reportedly";
            words[2 * words.length / 3] = "indeed";
            sentences.set(reworded, String.join(" ", words));
            sentences.remove(sentences.size() - 2);
        }
        sentences.add("This story was updated with further details.");
        return String.join(" ", sentences);
    }

    private static long pair(int i, int j) {
        return (long) Math.min(i, j) << 32 | Math.max(i, j);
    }
}
