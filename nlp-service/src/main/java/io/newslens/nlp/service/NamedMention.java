package io.newslens.nlp.service;

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
}
