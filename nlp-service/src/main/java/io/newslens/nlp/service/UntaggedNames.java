package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names NER leaves untagged, found from the words written before them: a capitalised surname after an
 * honorific ({@code /nlp/honorifics.txt}: "said Mr Oaten") is a person; a capitalised name after a
 * company description ({@link OrganizationWords}: "market leader Best Buy", "key rival Sapporo",
 * "drinks firm X") is an organisation. Only text no tagged mention overlaps.
 */
final class UntaggedNames {

    static final String HONORIFICS = "/nlp/honorifics.txt";

    private static final String WORD = "\\p{Lu}[\\p{L}'-]*\\p{L}";
    private static final Pattern TITLED = Pattern.compile("\\b(?:"
            + String.join("|", ResourceLines.read(HONORIFICS).stream().map(Pattern::quote).toList())
            + ")\\.? (" + WORD + "(?: " + WORD + ")?)");
    /** Capitalised words, "&" between them allowed ("Procter & Gamble"). */
    private static final Pattern NAME = Pattern.compile("\\G(" + WORD + "(?: (?:& )?" + WORD + "){0,3})");

    private UntaggedNames() {
    }

    static List<NamedMention> find(String text, List<NamedMention> tagged) {
        List<NamedMention> found = new ArrayList<>();
        Matcher m = TITLED.matcher(text);
        while (m.find()) {
            add(found, tagged, new NamedMention("PERSON", m.start(1), m.end(1), m.group(1)));
        }
        Matcher name = NAME.matcher(text);
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (name.region(i + 1, text.length()).lookingAt() && lowerCaseWordBefore(text, i)
                    && OrganizationWords.describesCompany(text, i + 1)) {
                String words = name.group(1);
                if (PersonTitles.leadingTitleLength(words + " ") == 0) {
                    add(found, tagged, new NamedMention("ORGANIZATION", name.start(1), name.end(1), words));
                }
            }
        }
        return found;
    }

    /** "supermarket" describes a company, "Supermarket" in "Consumers Against Supermarket Privacy" is a name. */
    private static boolean lowerCaseWordBefore(String text, int space) {
        int start = text.lastIndexOf(' ', space - 1) + 1;
        return start < space && Character.isLowerCase(text.charAt(start));
    }

    private static void add(List<NamedMention> found, List<NamedMention> tagged, NamedMention m) {
        boolean overlaps = tagged.stream().anyMatch(t -> t.start() < m.end() && m.start() < t.end())
                || found.stream().anyMatch(t -> t.start() < m.end() && m.start() < t.end());
        if (!overlaps) {
            found.add(m);
        }
    }
}
