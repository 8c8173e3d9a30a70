package io.newslens.ingest.service;

import java.text.Normalizer;

/**
 * The canonical form of stored text, which every downstream offset indexes into: Unicode NFC, '\n' line ends,
 * every run of horizontal white space (tabs, no-break and other Unicode spaces) as one ' ', no space at either
 * end of a line, and at most one blank line between paragraphs. Curly quotes and other punctuation stay as
 * they are, because quote extraction relies on them.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * One pass over the text after NFC, by hand: the four regular-expression passes it replaces (CR, soft hyphens,
     * horizontal space, line-edge space, blank lines) cost 85 µs per 2,300-character article, twice per article,
     * a sixth of ingest's CPU (docs/benchmarks.md). {@code TextNormalizerTest} checks it against those expressions.
     */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int newlines = 0; // '\n' ending the output so far
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\u00AD') {
                i++;
            } else if (isHorizontalSpace(c)) {
                int next = i + 1;
                while (next < n && (isHorizontalSpace(s.charAt(next)) || s.charAt(next) == '\u00AD')) {
                    next++;
                }
                // A run of spaces becomes one, except at either edge of a line, where it goes.
                boolean lineStart = out.length() == 0 || isLineTerminator(out.charAt(out.length() - 1));
                boolean lineEnd = next == n || isLineTerminator(s.charAt(next));
                if (!lineStart && !lineEnd) {
                    out.append(' ');
                    newlines = 0;
                }
                i = next;
            } else if (c == '\r' || c == '\n') {
                i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                if (newlines < 2) { // at most one blank line
                    out.append('\n');
                    newlines++;
                }
            } else {
                out.append(c);
                newlines = 0;
                i++;
            }
        }
        return out.toString().strip();
    }

    /** {@code \\h} of {@link java.util.regex.Pattern}, plus zero-width space and byte-order mark. */
    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E'
                || (c >= '\u2000' && c <= '\u200B') || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    /**
     * What {@code ^} and {@code $} of a multi-line regular expression take as a line end, plus '\r', which becomes
     * '\n' (so it ends a line of the input; the output never holds one).
     */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Optional single-line fields: trimmed, and null when empty. */
    public static String field(String value) {
        if (value == null) {
            return null;
        }
        String v = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        return v.isEmpty() ? null : v;
    }
}
