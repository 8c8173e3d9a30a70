package io.newslens.nlp.service;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.newslens.contracts.event.Keyword;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Key phrases: runs of adjectives and common nouns that end in a noun ("trade war", "interest rates"),
 * read from CoreNLP's POS tags and lemmas. Proper nouns are left to the entities. Each occurrence
 * counts 1 at the start of the text falling linearly to 0.5 at its end (news puts what matters first),
 * a phrase of n words counts 1 + 0.5(n - 1) times that (longer phrases are more specific), and words of
 * {@code /nlp/keyword-background.txt}, too common in news to say anything alone, never make a keyword
 * by themselves and are trimmed from a phrase's start.
 */
final class KeywordExtractor {

    static final String RESOURCE = "/nlp/keyword-background.txt";
    static final int MAX_KEYWORDS = 10;
    private static final int MAX_WORDS = 4;

    /** Tokens of dates, amounts and numbers end a phrase ("yuan last year" is no key phrase). */
    private static final Set<String> VALUE_TYPES = Set.of("DATE", "TIME", "DURATION", "SET", "MONEY", "NUMBER",
            "ORDINAL", "PERCENT");
    private static final Set<String> BACKGROUND = new HashSet<>(ResourceLines.read(RESOURCE));

    private KeywordExtractor() {
    }

    static Set<String> background() {
        return BACKGROUND;
    }

    static List<Keyword> extract(CoreDocument document) {
        int length = Math.max(1, document.text().length());
        Map<String, double[]> phrases = new LinkedHashMap<>(); // phrase -> {weight, count}
        for (CoreSentence sentence : document.sentences()) {
            for (List<CoreLabel> run : nounRuns(sentence.tokens())) {
                List<String> words = trim(run);
                if (words.isEmpty() || (words.size() == 1 && BACKGROUND.contains(words.get(0)))) {
                    continue;
                }
                double position = 1 - 0.5 * run.get(0).beginPosition() / length;
                double[] entry = phrases.computeIfAbsent(String.join(" ", words), p -> new double[2]);
                entry[0] += position * (1 + 0.5 * (words.size() - 1));
                entry[1]++;
            }
        }
        double top = phrases.values().stream().mapToDouble(e -> e[0]).max().orElse(1);
        return phrases.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_KEYWORDS)
                .map(e -> new Keyword(e.getKey(), Math.round(e.getValue()[0] / top * 1000) / 1000.0,
                        (int) e.getValue()[1]))
                .toList();
    }

    /** Maximal runs of adjective (JJ, JJR, JJS) and common-noun (NN, NNS) tokens, cut after their last noun. */
    private static List<List<CoreLabel>> nounRuns(List<CoreLabel> tokens) {
        List<List<CoreLabel>> runs = new ArrayList<>();
        List<CoreLabel> run = new ArrayList<>();
        for (CoreLabel token : tokens) {
            String tag = token.tag() == null ? "" : token.tag();
            boolean noun = tag.equals("NN") || tag.equals("NNS");
            boolean adjective = tag.startsWith("JJ");
            if ((noun || adjective) && isWord(token.word()) && !VALUE_TYPES.contains(token.ner())) {
                run.add(token);
            } else {
                close(run, runs);
                run = new ArrayList<>();
            }
        }
        close(run, runs);
        return runs;
    }

    private static void close(List<CoreLabel> run, List<List<CoreLabel>> runs) {
        int last = run.size() - 1;
        while (last >= 0 && !run.get(last).tag().startsWith("NN")) {
            last--;
        }
        if (last >= 0) {
            runs.add(run.subList(Math.max(0, last + 1 - MAX_WORDS), last + 1));
        }
    }

    /** Lower-case lemmas, background words at the start dropped. */
    private static List<String> trim(List<CoreLabel> run) {
        List<String> words = new ArrayList<>();
        for (CoreLabel token : run) {
            String lemma = base(token);
            if (words.isEmpty() && BACKGROUND.contains(lemma) && token != run.get(run.size() - 1)) {
                continue;
            }
            words.add(lemma);
        }
        return words;
    }

    /** The lemma when it is the word's stem ("companies" → "company"), else the word ("data", not "datum"). */
    private static String base(CoreLabel token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        String lemma = token.lemma() == null ? word : token.lemma().toLowerCase(Locale.ROOT);
        return lemma.length() > 1 && word.startsWith(lemma.substring(0, lemma.length() - 1)) ? lemma : word;
    }

    private static boolean isWord(String word) {
        return word.length() > 1 && Character.isLetter(word.charAt(0));
    }
}
