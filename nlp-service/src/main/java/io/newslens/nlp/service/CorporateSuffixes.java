package io.newslens.nlp.service;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Legal-form words ending company names ({@code /nlp/corporate-suffixes.txt}), loaded once. */
final class CorporateSuffixes {

    static final String RESOURCE = "/nlp/corporate-suffixes.txt";

    private static final List<String> SUFFIXES = ResourceLines.read(RESOURCE).stream()
            .map(s -> s.toLowerCase(Locale.ROOT))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private CorporateSuffixes() {
    }

    /**
     * "Huawei Technologies" → "Huawei", "ZTE Corp." → "ZTE"; a name that is only a suffix stays as it is, and so does
     * one whose rest is a word common in news ("News Corp").
     */
    static String strip(String name) {
        String trimmed = name.strip();
        String suffix = legalForm(trimmed);
        if (suffix == null) {
            return trimmed;
        }
        String rest = trimmed.substring(0, lastWordsStart(trimmed, suffix.split(" ").length)).strip();
        rest = rest.endsWith(",") ? rest.substring(0, rest.length() - 1).strip() : rest;
        // "News Corp": a name that would be a common word alone keeps its legal form
        boolean commonWord = !rest.contains(" ") && KeywordExtractor.background().contains(rest.toLowerCase(Locale.ROOT));
        return rest.isEmpty() || commonWord ? trimmed : strip(rest);
    }

    /** Whether the name ends with a legal form ("News Corp", "Acme plc"), whether or not {@link #strip} drops it. */
    static boolean hasLegalForm(String name) {
        return legalForm(name) != null;
    }

    /** The longest legal form the name ends with, as listed in lower case, or null. */
    private static String legalForm(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT).replace(".", "");
        return SUFFIXES.stream().filter(suffix -> lower.endsWith(" " + suffix)).findFirst().orElse(null);
    }

    private static int lastWordsStart(String name, int words) {
        int at = name.length();
        for (int i = 0; i < words; i++) {
            at = name.lastIndexOf(' ', at - 1);
        }
        return Math.max(at, 0);
    }
}
