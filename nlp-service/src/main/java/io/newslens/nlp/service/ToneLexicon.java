package io.newslens.nlp.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The polarity words ({@code /nlp/tone-lexicon.txt}) and negators ({@code /nlp/tone-negators.txt}), loaded once. */
final class ToneLexicon {

    static final String LEXICON = "/nlp/tone-lexicon.txt";
    static final String NEGATORS = "/nlp/tone-negators.txt";

    private static final ToneLexicon INSTANCE =
            new ToneLexicon(parse(ResourceLines.read(LEXICON)), new HashSet<>(ResourceLines.read(NEGATORS)));

    private final Map<String, Integer> polarity;
    private final Set<String> negators;

    private ToneLexicon(Map<String, Integer> polarity, Set<String> negators) {
        this.polarity = polarity;
        this.negators = negators;
    }

    static ToneLexicon instance() {
        return INSTANCE;
    }

    /** Parses {@code lemma | score} lines; a score outside -3..3, a repeated lemma or another shape throws. */
    static Map<String, Integer> parse(List<String> lines) {
        Map<String, Integer> polarity = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\\|", -1);
            if (fields.length != 2 || !fields[0].strip().matches("[a-z][a-z'-]*")
                    || !fields[1].strip().matches("[+-]?[0-3]")) {
                throw new IllegalArgumentException("Expected 'lemma | score' with score -3..3: " + line);
            }
            int score = Integer.parseInt(fields[1].strip());
            if (score == 0 || polarity.put(fields[0].strip(), score) != null) {
                throw new IllegalArgumentException("Zero score or repeated lemma: " + line);
            }
        }
        return polarity;
    }

    /** The polarity of a lower-case lemma, 0 when it is not in the lexicon. */
    int polarity(String lemma) {
        return polarity.getOrDefault(lemma, 0);
    }

    boolean isNegator(String word) {
        return negators.contains(word);
    }

    int size() {
        return polarity.size();
    }
}
