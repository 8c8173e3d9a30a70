package io.newslens.nlp.service;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An organisation's name NER tagged in one place, written again where it tagged nothing: "according to PC Pro" after
 * "PC Pro magazine dubbed it". CoreNLP's CRF tags each occurrence from its own context, so a name it knows in one
 * sentence it may miss in the next; within an article one name keeps one sense. Only where the name stands alone: no
 * capitalised word right before it (but "The") or right after it, so that neither a longer name ("Celtic Park") nor a
 * person's ("Harrison Ford") is cut up; a one-word name only where the article never writes it in lower case ("Sun"
 * and "the sun"). Written by hand: CoreNLP has no document-level consistency step for its CRF tags.
 */
final class RepeatedNames {

    /** A capitalised word right before a name's start, but "The" or "the". */
    private static final Pattern CAPITALISED_BEFORE =
            Pattern.compile("(?<![\\p{L}\\p{N}'’.-])(?!The )\\p{Lu}[\\p{L}\\p{N}'’.-]* $");
    /** A capitalised word or a number right after a name's end. */
    private static final Pattern CAPITALISED_AFTER = Pattern.compile("^ [\\p{Lu}\\p{N}]");

    private RepeatedNames() {
    }

    static List<NamedMention> find(String text, List<NamedMention> mentions) {
        Set<String> names = mentions.stream().filter(m -> "ORGANIZATION".equals(m.type())).map(NamedMention::text)
                .filter(name -> name.length() >= 2
                        && (name.contains(" ") || !text.contains(name.toLowerCase(Locale.ROOT))))
                .collect(Collectors.toSet());
        if (names.isEmpty()) {
            return List.of();
        }
        List<NamedMention> candidates = new WrittenNames(names).in(text, w -> standsAlone(text, w.start(), w.end()))
                .stream().map(w -> new NamedMention("ORGANIZATION", w.start(), w.end(), w.name())).toList();
        return MentionFinder.untagged(candidates, mentions);
    }

    private static boolean standsAlone(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 30), start);
        String after = text.substring(end, Math.min(text.length(), end + 2));
        return !CAPITALISED_BEFORE.matcher(before).find() && !CAPITALISED_AFTER.matcher(after).find();
    }
}
