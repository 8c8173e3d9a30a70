package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an organisation mention NER ran over more than one name. CoreNLP's CRF tags the commas and "and" of a list of
 * companies as part of one organisation ("House of Fraser, Marks & Spencer", "Merrill Lynch and Credit Suisse First
 * Boston"), takes a quantifier after it in ("Big Food all said") and runs a broadcaster on into the presenter it
 * employs ("Capital Radio DJ Margherita Taylor"). No library splits these; the rules below keep whole the names that
 * hold a comma or "and" of their own ("Department for Environment, Food and Rural Affairs", "Ernst and Young",
 * "Transport and General Workers' Union").
 */
final class GluedNames {

    /** A quantifier NER took into the name before it: "Big Food all said", "Sony and Toshiba both". */
    private static final Pattern TRAILING_QUANTIFIER = Pattern.compile(" (?:all|both|alike)$");
    /** A capitalised word of a name, digits, dots and inner capitals allowed ("Plus.net", "AM3D"). */
    private static final String WORD = "\\p{Lu}[\\p{L}\\d'’.-]*";
    /** Two or more capitalised words (or "&"), no lower-case word: "Credit Suisse First Boston", "Marks & Spencer". */
    private static final Pattern PROPER_WORDS = Pattern.compile(WORD + "(?: (?:&|" + WORD + "|\\d+))+");
    /**
     * A name whose own parts a comma and "and" list after "of" or "for": "Ministry of Agriculture, Fisheries and Food",
     * "Department for Culture, Media and Sport".
     */
    private static final Pattern SERIAL_NAME = Pattern.compile(".* (?:of|for) [^,]+(?:, [^,]+)*,? and [^,]+");
    /**
     * An occupation word after a name's first words, then a name of two or more words to the end (group 1). The
     * occupations are {@link UntaggedNames#OCCUPATIONS} and "DJ": after a broadcaster's name it is the presenter's job,
     * while before a name NER missed it is often part of a stage name ("DJ Shadow").
     */
    private static final Pattern OCCUPIED_NAME = Pattern.compile(" (?:" + String.join("|",
            occupations().stream().map(Pattern::quote).toList()) + ") (" + PROPER_WORDS.pattern() + ")$");

    /**
     * An honorific and a name to the end (group 1): "told the Sunday Times Mr Campbell would", where the writer left out
     * a colon or "that" and NER ran the paper on into the person.
     */
    private static final Pattern HONOURED_NAME = Pattern.compile(" (?:" + String.join("|",
            ResourceLines.read(UntaggedNames.HONORIFICS).stream().map(Pattern::quote).toList()) + ")\\.? ("
            + WORD + "(?: " + WORD + ")*)$");

    private GluedNames() {
    }

    static List<NamedMention> split(List<NamedMention> mentions, String text) {
        List<NamedMention> split = new ArrayList<>(mentions.size());
        Set<String> named = new HashSet<>();
        mentions.forEach(m -> named.add(m.text()));
        for (NamedMention m : mentions) {
            if (!"ORGANIZATION".equals(m.type())) {
                split.add(m);
                continue;
            }
            Matcher quantifier = TRAILING_QUANTIFIER.matcher(m.text());
            NamedMention name = quantifier.find() ? m.withSpan(text, m.start(), m.start() + quantifier.start()) : m;
            boolean listed = listContinues(mentions, name, text);
            List<NamedMention> items = atCommas(name, text);
            for (int i = 0; i < items.size(); i++) {
                // the last item of a list may hold its "and": "Citigroup, Merrill Lynch and Credit Suisse First Boston"
                boolean last = i == items.size() - 1;
                for (NamedMention item : atAnd(items.get(i), text, last && (listed || items.size() > 1), named)) {
                    for (NamedMention part : atPerson(item, text, OCCUPIED_NAME)) {
                        split.addAll(atPerson(part, text, HONOURED_NAME));
                    }
                }
            }
        }
        return split;
    }

    /** Whether another mention and a comma come right before this one: it is a later item of a list. */
    private static boolean listContinues(List<NamedMention> mentions, NamedMention m, String text) {
        return text.startsWith(", ", m.start() - 2) && mentions.stream().anyMatch(other -> other.end() == m.start() - 2);
    }

    /**
     * "House of Fraser, Marks & Spencer" → both; not before a legal form ("Acme, Inc."), in a serial name, nor before an
     * institution's branch.
     */
    private static List<NamedMention> atCommas(NamedMention m, String text) {
        if (!m.text().contains(", ") || SERIAL_NAME.matcher(m.text()).matches()) {
            return List.of(m);
        }
        List<NamedMention> items = new ArrayList<>();
        int start = m.start();
        for (int comma = m.text().indexOf(", "); comma >= 0; comma = m.text().indexOf(", ", comma + 2)) {
            int next = m.start() + comma + 2;
            String before = text.substring(start, m.start() + comma);
            String after = text.substring(next, m.end()).split(",? ")[0];
            // "University of California, Berkeley": an institution's campus or branch, a place of one word
            boolean branch = after.length() == m.end() - next
                    && Arrays.stream(before.split(" ")).anyMatch(OrganizationWords::isInstitution);
            if (!after.isEmpty() && Character.isUpperCase(after.charAt(0)) && !branch
                    && !CorporateSuffixes.hasLegalForm(before + " " + after)) {
                items.add(item(m, text, start, m.start() + comma, false));
                start = next;
            }
        }
        items.add(item(m, text, start, m.end(), m.beforeVerb()));
        return items;
    }

    /**
     * The two names an "and" joins, where both are names of two or more capitalised words and the mention is a list's
     * last item or one of them is named on its own elsewhere ("Citigroup, Merrill Lynch and Credit Suisse First
     * Boston"), so not "Ernst and Young", "Qualifications and Curriculum Authority", "Department of Trade and Industry"
     * nor, outside a list, "World Travel and Tourism Council".
     */
    private static List<NamedMention> atAnd(NamedMention m, String text, boolean inList, Set<String> named) {
        int and = m.text().lastIndexOf(" and ");
        if (and <= 0 || SERIAL_NAME.matcher(m.text()).matches()) {
            return List.of(m);
        }
        String left = m.text().substring(0, and);
        String right = m.text().substring(and + 5);
        boolean names = PROPER_WORDS.matcher(left).matches() && PROPER_WORDS.matcher(right).matches()
                && (inList || named.contains(left) || named.contains(right));
        if (!names) {
            return List.of(m);
        }
        return List.of(item(m, text, m.start(), m.start() + and, false),
                item(m, text, m.start() + and + 5, m.end(), m.beforeVerb()));
    }

    /**
     * The organisation before the first match of {@code joint} in its name, and the person the match's group 1 names to
     * the end: "Capital Radio DJ Margherita Taylor" ({@link #OCCUPIED_NAME}), "Sunday Times Mr Campbell"
     * ({@link #HONOURED_NAME}).
     */
    private static List<NamedMention> atPerson(NamedMention m, String text, Pattern joint) {
        Matcher joined = "ORGANIZATION".equals(m.type()) ? joint.matcher(m.text()) : null;
        if (joined == null || !joined.find() || joined.start() == 0) {
            return List.of(m);
        }
        int person = m.start() + joined.start(1);
        return List.of(item(m, text, m.start(), m.start() + joined.start(), false),
                new NamedMention("PERSON", person, m.end(), text.substring(person, m.end()), m.beforeVerb()));
    }

    private static Set<String> occupations() {
        Set<String> occupations = new HashSet<>(ResourceLines.read(UntaggedNames.OCCUPATIONS));
        occupations.add("DJ");
        return Set.copyOf(occupations);
    }

    private static NamedMention item(NamedMention m, String text, int start, int end, boolean beforeVerb) {
        return new NamedMention(m.type(), start, end, text.substring(start, end), beforeVerb);
    }
}
