package io.newslens.nlp.service;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Titles and roles written before a person's name ({@code /nlp/person-titles.txt}), loaded once. */
final class PersonTitles {

    static final String RESOURCE = "/nlp/person-titles.txt";

    /** Longest first, so that "Secretary of State" wins over "Secretary". */
    private static final List<String> TITLES = ResourceLines.read(RESOURCE).stream()
            .map(t -> t.toLowerCase(Locale.ROOT))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    private static final Set<String> TITLE_SET = Set.copyOf(TITLES);

    private PersonTitles() {
    }

    static List<String> all() {
        return TITLES;
    }

    /** Whether {@code words} are a title as a whole, in any case ("Leader", "chief executive"). */
    static boolean isTitle(String words) {
        return TITLE_SET.contains(words.toLowerCase(Locale.ROOT));
    }

    /** Length of the title {@code name} starts with, followed by a space; 0 if none. */
    static int leadingTitleLength(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String title : TITLES) {
            if (lower.startsWith(title + " ")) {
                return title.length() + 1;
            }
        }
        return 0;
    }

    /** Start of the title that ends right before {@code end} in {@code text} (whole words), or -1. */
    static int titleEndingAt(String text, int end) {
        String lower = text.substring(Math.max(0, end - 40), end).toLowerCase(Locale.ROOT);
        for (String title : TITLES) {
            if (lower.endsWith(title)) {
                int start = end - title.length();
                if (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))) {
                    return start;
                }
            }
        }
        return -1;
    }
}
