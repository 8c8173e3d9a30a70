package io.newslens.ingest.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * HTML character references left in plain text ("S&#227;o Paulo", "Tom &amp; Jerry"), as feeds and scrapers
 * that escape twice leave them, decoded, so that names and quotation marks reach NLP as written. Only complete
 * references, ended by ';', are decoded: jsoup's own {@code Parser.unescapeEntities} also decodes a few names
 * without one, which would turn "?a=1&copy=2" into "?a=1©=2" in a text that quotes a URL. The names come from
 * jsoup's table of the HTML standard's references.
 */
final class CharacterReferences {

    private static final Pattern REFERENCE = Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");

    private CharacterReferences() {
    }

    static String decode(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (m.find()) {
            String decoded = decoded(m);
            if (decoded != null) {
                out.append(text, copied, m.start()).append(decoded);
                copied = m.end();
            }
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /** What the reference stands for, or null to keep it as written (an unknown name, no valid character). */
    private static String decoded(Matcher m) {
        if (m.group(3) != null) {
            return Entities.isNamedEntity(m.group(3)) ? Entities.getByName(m.group(3)) : null;
        }
        int codePoint = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        boolean valid = codePoint > 0 && Character.isValidCodePoint(codePoint)
                && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        return valid ? Character.toString(codePoint) : null;
    }
}
