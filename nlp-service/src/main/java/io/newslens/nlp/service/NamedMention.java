package io.newslens.nlp.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A named-entity mention as found, before grouping: a newslens type and {@code text.substring(start, end)}
 * of the article's text (UTF-16 offsets).
 *
 * @param beforeVerb whether the next token is a verb ("Washington has sought"): metonyms join their
 *                   country only then
 */
record NamedMention(String type, int start, int end, String text, boolean beforeVerb) {

    NamedMention(String type, int start, int end, String text) {
        this(type, start, end, text, false);
    }

    NamedMention withSpan(String articleText, int newStart, int newEnd) {
        return new NamedMention(type, newStart, newEnd, articleText.substring(newStart, newEnd), beforeVerb);
    }

    /**
     * Puts {@code name} in place of the mentions of {@code mentions} that lie inside its span, where {@code replaceable}
     * takes those and no other mention crosses the span's edge; whether it did.
     */
    static boolean replaceInside(List<NamedMention> mentions, NamedMention name,
            Predicate<List<NamedMention>> replaceable) {
        List<NamedMention> inside = mentions.stream().filter(t -> t.start >= name.start && t.end <= name.end).toList();
        boolean across = mentions.stream()
                .anyMatch(t -> t.start < name.end && name.start < t.end && !inside.contains(t));
        if (across || !replaceable.test(inside)) {
            return false;
        }
        mentions.removeAll(inside);
        mentions.add(name);
        return true;
    }

    /** Whether this mention covers exactly the span of {@code other}. */
    boolean sameSpan(NamedMention other) {
        return start == other.start && end == other.end;
    }

    /**
     * The last words of the persons named with two or more words ("Gardener" of "Jason Gardener"), and a surname with its
     * particles ("De Niro" of "Robert De Niro"); a new set.
     */
    static Set<String> surnames(List<NamedMention> mentions) {
        Set<String> surnames = new HashSet<>();
        for (NamedMention m : mentions) {
            int space = m.text().lastIndexOf(' ');
            if ("PERSON".equals(m.type()) && space > 0) {
                surnames.add(m.text().substring(space + 1));
                String withParticles = NameParticles.particleSurnameOf(m.text());
                if (withParticles != null) {
                    surnames.add(withParticles); // "De Niro" of "Robert De Niro"
                }
            }
        }
        return surnames;
    }
}
