package io.newslens.ingest.service;

import java.text.Normalizer;

/**
 * The canonical form of stored text, which every downstream offset indexes into: Unicode NFC and
 * '\n' line ends. Curly quotes and other punctuation stay as they are, because quote extraction relies on them.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.replace("\r\n", "\n").replace('\r', '\n').strip();
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
