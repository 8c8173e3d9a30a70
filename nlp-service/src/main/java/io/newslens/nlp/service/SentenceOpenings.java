package io.newslens.nlp.service;

/**
 * Where a sentence, a line or a quotation opens, the tagger takes a capitalised common word for a proper noun
 * ("Company spokesman Tom Hale", "Health spokesman", "'Soul singer"): one such word alone is no name.
 */
final class SentenceOpenings {

    private static final String OPENING_MARKS = "\"\u201c\u2018'";
    private static final String ENDS_BEFORE = ".!?:\n";

    private SentenceOpenings() {
    }

    /** Whether the word at {@code start} opens the text, a sentence or line (after a colon too) or a quotation. */
    static boolean at(String text, int start) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before < 0 || OPENING_MARKS.indexOf(text.charAt(before)) >= 0
                || ENDS_BEFORE.indexOf(text.charAt(before)) >= 0;
    }
}
