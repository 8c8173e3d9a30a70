package io.newslens.nlp.service;

import java.util.HashSet;
import java.util.Set;

/**
 * Adjectives of nationality ("Australian", "British"), from the list CoreNLP ships for its coreference
 * (place, adjective, nouns per line), so the project keeps no copy of its own.
 */
final class Demonyms {

    private static final Set<String> ADJECTIVES = load();

    private Demonyms() {
    }

    static boolean isAdjective(String word) {
        return ADJECTIVES.contains(word);
    }

    private static Set<String> load() {
        Set<String> adjectives = new HashSet<>();
        for (String line : ResourceLines.read("/edu/stanford/nlp/models/dcoref/demonyms.txt")) {
            String[] columns = line.split("\t");
            if (columns.length > 1 && !columns[1].isBlank()) {
                adjectives.add(columns[1].strip());
            }
        }
        return adjectives;
    }
}
