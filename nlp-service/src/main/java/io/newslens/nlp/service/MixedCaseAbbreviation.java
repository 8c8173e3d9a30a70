package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "DrKW" for "Dresdner Kleinwort Wasserstein": a one-word name in mixed case whose parts, each a capital and at most
 * two lower-case letters, begin the words of a longer name in order ("of", "the", "and", "for" skipped). Written so
 * only for organisations; initials in capitals alone ("BBC") are {@link EntityGrouper}'s acronyms.
 */
final class MixedCaseAbbreviation {

    private static final Pattern SHAPE = Pattern.compile("(?=.*\\p{Ll})(?:\\p{Lu}\\p{Ll}{0,2}){2,4}");
    private static final Pattern PART = Pattern.compile("\\p{Lu}\\p{Ll}*");

    private MixedCaseAbbreviation() {
    }

    static boolean isOne(String word) {
        return SHAPE.matcher(word).matches();
    }

    /** Whether {@code abbreviation} (of {@link #isOne}'s shape) abbreviates {@code slug}, a name's slug. */
    static boolean abbreviates(String abbreviation, String slug) {
        List<String> parts = new ArrayList<>();
        Matcher part = PART.matcher(abbreviation);
        while (part.find()) {
            parts.add(part.group().toLowerCase(Locale.ROOT));
        }
        List<String> words = Arrays.stream(slug.split("-")).filter(w -> !w.isEmpty() && !EntityGrouper.FILLER_WORDS.contains(w)).toList();
        if (words.size() != parts.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).startsWith(parts.get(i))) {
                return false;
            }
        }
        return true;
    }
}
