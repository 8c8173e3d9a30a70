package io.newslens.nlp.service;

import java.util.HashSet;
import java.util.Set;

/**
 * Adjectives of nationality ("Australian", "British"), from the list CoreNLP ships for its coreference
 * (place, adjective, nouns per line), so the project keeps no copy of its own.
 */
final class Demonyms {

    private static final Set<String> ADJECTIVES = load(1, 2);
    /** Every word of a line after its place, less plurals: "American", "Dane", "Spaniard". */
    private static final Set<String> SINGULARS = load(1, Integer.MAX_VALUE).stream().filter(w -> !w.endsWith("s"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Demonyms() {
    }

    static boolean isAdjective(String word) {
        return ADJECTIVES.contains(word);
    }

    /** Whether the word names one person of a nation ("the American said", "the Dane"), as adjective or noun. */
    static boolean namesOnePerson(String word) {
        return SINGULARS.contains(word);
    }

    /** The words of columns {@code from} (inclusive) to {@code to} (exclusive) of each line. */
    private static Set<String> load(int from, int to) {
        Set<String> words = new HashSet<>();
        for (String line : ResourceLines.read("/edu/stanford/nlp/models/dcoref/demonyms.txt")) {
            String[] columns = line.split("\t");
            for (int i = from; i < Math.min(to, columns.length); i++) {
                if (!columns[i].isBlank()) {
                    words.add(columns[i].strip());
                }
            }
        }
        return words;
    }
}
