package io.newslens.ingest.service;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The canonical form of stored text, which every downstream offset indexes into: Unicode NFC, '\n' line ends,
 * every run of horizontal white space (tabs, no-break and other Unicode spaces) as one ' ', no space at either
 * end of a line, and at most one blank line between paragraphs. Curly quotes and other punctuation stay as
 * they are, because quote extraction relies on them.
 */
public final class TextNormalizer {

    /**
     * A run of horizontal white space of any kind (including U+00A0 no-break space, U+2007 and U+202F) that is not
     * already one plain space: rewriting every lone ' ' to itself was most of the normalisation's cost.
     */
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile(
            "[\\h\\u200B\\uFEFF&&[^ ]][\\h\\u200B\\uFEFF]*| [\\h\\u200B\\uFEFF]+");
    /** Invisible characters that only ever get in the way: soft hyphen. */
    private static final Pattern INVISIBLE = Pattern.compile("\\u00AD");
    private static final Pattern LINE_EDGE_SPACE = Pattern.compile("(?m)^ +| +$");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = INVISIBLE.matcher(s).replaceAll("");
        s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ");
        s = LINE_EDGE_SPACE.matcher(s).replaceAll("");
        return BLANK_LINES.matcher(s).replaceAll("\n\n").strip();
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
