package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capitalised names joined by "&" are one organisation: "Shearman & Sterling", "Tate & Lyle", "Pacific Gas &
 * Electric". Firms, partnerships and acts are named so; two places ("Folkestone & Hythe") or two persons NER tagged
 * ("Henman & Murray") are left alone. NER often tags the parts apart, as two persons or a person and a place; the
 * name then replaces them. Written by hand: CoreNLP's tokenizer and CRF see "&" as a separate token and no library
 * joins such names.
 */
final class AmpersandNames {

    /** A capitalised word that ends no sentence: "Procter", "Poor's", "AT"; not "Gamble." before "Unilever". */
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}'’-]*";
    /** One or two words, "&", one word: "Shearman & Sterling", "Pacific Gas & Electric", "Standard & Poor's". */
    private static final Pattern JOINED = Pattern.compile("(?<![\\p{L}\\p{N}&'’.-])(?:The )?((?:" + WORD + " )?"
            + WORD + " & " + WORD + ")(?![\\p{L}\\p{N}&-])");

    private AmpersandNames() {
    }

    /** The mentions, with each name joined by "&" in place of the mentions NER tagged inside it. */
    static List<NamedMention> joined(String text, List<NamedMention> found) {
        List<NamedMention> out = new ArrayList<>(found);
        Matcher m = JOINED.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            String name = m.group(1);
            // "Tate & Lyle's profits" is the possessive; "Standard & Poor's" is a known name with its "'s"
            boolean possessive = (name.endsWith("'s") || name.endsWith("’s"))
                    && !KnownOrganizations.get().contains(name);
            int end = possessive ? m.end(1) - 2 : m.end(1);
            NamedMention joined = new NamedMention("ORGANIZATION", start, end, text.substring(start, end));
            NamedMention.replaceInside(out, joined,
                    inside -> !twoNames(inside) && inside.stream().noneMatch(joined::sameSpan));
        }
        return out;
    }

    /** Two places ("Folkestone & Hythe") or two persons ("Henman & Murray") are two names. */
    private static boolean twoNames(List<NamedMention> inside) {
        return inside.size() == 2 && (inside.stream().allMatch(t -> "LOCATION".equals(t.type()))
                || inside.stream().allMatch(t -> "PERSON".equals(t.type())));
    }
}
