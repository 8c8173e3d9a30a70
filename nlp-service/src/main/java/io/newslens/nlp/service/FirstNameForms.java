package io.newslens.nlp.service;

import java.util.HashMap;
import java.util.Map;

/** Short forms of first names and the full names they stand for ({@code /nlp/first-name-short-forms.txt}). */
final class FirstNameForms {

    static final String RESOURCE = "/nlp/first-name-short-forms.txt";
    private static final Map<String, String> FULL_NAMES = load();

    private FirstNameForms() {
    }

    /** Whether two first names (lower case) are a short form and its full name, in either order. */
    static boolean sameName(String a, String b) {
        return b.equals(FULL_NAMES.get(a)) || a.equals(FULL_NAMES.get(b));
    }

    private static Map<String, String> load() {
        Map<String, String> full = new HashMap<>();
        for (String line : ResourceLines.read(RESOURCE)) {
            String[] pair = line.split("\\s+");
            full.put(pair[0], pair[1]);
        }
        return full;
    }
}
