package io.newslens.nlp.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
