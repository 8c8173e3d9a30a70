package io.newslens.nlp.service;

/** Mentions for unit tests, placed where their words first occur in a text. */
final class TestMentions {

    private TestMentions() {
    }

    /** A mention of {@code words} of the given type, at their first occurrence in {@code text}. */
    static NamedMention at(String text, String type, String words) {
        int start = text.indexOf(words);
        return new NamedMention(type, start, start + words.length(), words);
    }
}
