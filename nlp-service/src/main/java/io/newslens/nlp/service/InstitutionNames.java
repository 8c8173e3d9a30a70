package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of institutions NER leaves untagged, found from their head noun ({@link OrganizationWords#isInstitution}):
 * capitalised words ending in one ("Land Registry", "Monetary Policy Committee", "Transport and General Workers'
 * Union") or opened by one with "of", "for" or "on" ("Court of Appeal", "Office of the Deputy Prime Minister",
 * "Department for Education and Skills") are an organisation's name. CoreNLP's CRF models know the names they were
 * trained on and miss many others that English builds this way; a head noun is the pattern a reader uses too.
 * Only text no mention overlaps, and two capitalised words at least, so a lone "Court" or "Council" stays a word.
 */
final class InstitutionNames {

    /** A capitalised word, or a lower-case word that joins the words of one name. */
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&'’.-]*|of|for|on|and|the|&");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "the", "&");
    private static final Set<String> OPENING_CONNECTORS = Set.of("of", "for", "on");
    /** What follows a name NER cut short at its connector: " and Pensions", " of the Blind". */
    private static final Pattern NAME_GOES_ON = Pattern.compile(" (?:and|&|of|of the|for|for the) (\\p{Lu}.*)");
    private static final Set<String> PLACES_AND_BODIES = Set.of("LOCATION", "ORGANIZATION");

    private InstitutionNames() {
    }

    /**
     * {@code mentions} with the institution names of {@code text}: added where no mention overlaps them, and an
     * organisation NER cut short at an "and" widened to the whole name ("Standards and" + "Privileges
     * Committee"), as is one NER cut at its head or its "of" ("Tourism Authority" + "of Thailand") or of which it
     * tagged the head noun alone ("Ballet"). A name's first words must be proper nouns ({@code properNouns}: where
     * such tokens begin), so a capitalised word that opens a sentence ("Recent Land Registry figures") is left out.
     */
    static List<NamedMention> apply(String text, List<NamedMention> mentions, Set<Integer> properNouns) {
        List<NamedMention> out = new ArrayList<>(mentions);
        for (List<int[]> run : runs(text, 0, text.length())) {
            for (int[] name : names(text, run, properNouns)) {
                int start = name[0];
                int end = name[1];
                List<NamedMention> overlapping = out.stream().filter(t -> t.start() < end && start < t.end())
                        .sorted(Comparator.comparingInt(NamedMention::start)).toList();
                String words = text.substring(start, end);
                if (PersonTitles.leadingTitleLength(words + " ") > 0) {
                    continue;
                }
                if (overlapping.isEmpty()) {
                    out.add(new NamedMention("ORGANIZATION", start, end, words));
                } else if (overlapping.size() == 1 && cutShort(text, overlapping.get(0), start, end)) {
                    out.set(out.indexOf(overlapping.get(0)), overlapping.get(0).withSpan(text, start, end));
                } else if (overlapping.size() == 1
                        && endsBeforeItsConnector(text, overlapping.get(0), start, end, properNouns)) {
                    out.set(out.indexOf(overlapping.get(0)), overlapping.get(0).withSpan(text, start, end));
                } else if (overlapping.size() == 1 && onlyTheHead(overlapping.get(0), start, end)) {
                    // NER tagged the head noun alone, as anything ("English National" + "Ballet" as a person)
                    out.set(out.indexOf(overlapping.get(0)),
                            new NamedMention("ORGANIZATION", start, end, words, overlapping.get(0).beforeVerb()));
                } else if (taggedApartAfterItsConnector(text, overlapping, start, end)) {
                    out.set(out.indexOf(overlapping.get(0)),
                            new NamedMention("ORGANIZATION", start, end, words, overlapping.get(0).beforeVerb()));
                    out.removeAll(overlapping.subList(1, overlapping.size()));
                }
            }
        }
        return out;
    }

    /** An organisation NER ends at the name's head and starts after an "and" of it ("Standards and" + ...). */
    private static boolean cutShort(String text, NamedMention m, int start, int end) {
        return "ORGANIZATION".equals(m.type()) && m.end() == end && m.start() > start
                && (text.startsWith(" and ", m.start() - 5) || text.startsWith(" & ", m.start() - 3));
    }

    /**
     * An organisation NER ended at an "and", "of" or "for" inside the name, the proper nouns after it untagged:
     * "Department of Work" + "and Pensions", "Royal National Institute" + "of the Blind", "Fife College of Further" +
     * "and Higher Education". No date word may follow ("Council of Europe" + "on Monday" is no name, nor is "of May").
     */
    private static boolean endsBeforeItsConnector(String text, NamedMention m, int start, int end,
            Set<Integer> properNouns) {
        if (!"ORGANIZATION".equals(m.type()) || m.start() != start || m.end() >= end) {
            return false;
        }
        Matcher rest = NAME_GOES_ON.matcher(text.substring(m.end(), end));
        return rest.matches() && properNouns.contains(m.end() + rest.start(1))
                && Arrays.stream(rest.group(1).split("[^\\p{L}]+"))
                        .noneMatch(w -> SentenceSubjects.CALENDAR_WORDS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** A mention of the name's last word only, its head ("Ballet" of "English National Ballet"). */
    private static boolean onlyTheHead(NamedMention m, int start, int end) {
        return m.end() == end && m.start() > start && OrganizationWords.isInstitution(m.text().strip());
    }

    /**
     * What the name goes on with after its "of", "for" or "on" is tagged apart as a place or body, and NER tagged
     * the words up to the head as an organisation or not at all: "Tourism Authority" + "of" + "Thailand", "Bank of" +
     * "England". The whole name is the organisation, and the place in it no entity of its own (as "New York" in "New
     * York Stock Exchange"). Only places and bodies may follow, and they must end the name: no person, and no untagged
     * word ("Electoral Commission on Thursday").
     */
    private static boolean taggedApartAfterItsConnector(String text, List<NamedMention> overlapping, int start, int end) {
        if (overlapping.isEmpty() || overlapping.get(overlapping.size() - 1).end() != end) {
            return false;
        }
        int connector = OPENING_CONNECTORS.stream().mapToInt(c -> text.indexOf(" " + c + " ", start))
                .filter(i -> i >= 0 && i < end).min().orElse(-1);
        NamedMention first = overlapping.get(0);
        boolean headTagged = "ORGANIZATION".equals(first.type()) && first.start() == start && first.end() == connector;
        return connector > start && overlapping.stream().skip(headTagged ? 1 : 0)
                .allMatch(m -> m.start() > connector && PLACES_AND_BODIES.contains(m.type()));
    }

    /** The runs of capitalised and joining words separated by single spaces in [from, to), as word spans. */
    private static List<List<int[]>> runs(String text, int from, int to) {
        List<List<int[]>> runs = new ArrayList<>();
        List<int[]> run = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int at = from;
        while (at < to) {
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            if (wordStart && word.region(at, to).lookingAt() && wordEnds(text, word.end())) {
                int[] span = {at, wordEnd(text, word.end())};
                boolean joined = !run.isEmpty() && run.get(run.size() - 1)[1] + 1 == at && text.charAt(at - 1) == ' ';
                if (!joined && !run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                run.add(span);
                at = word.end();
            } else {
                at++;
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static boolean wordEnds(String text, int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    /** Where a word's name part ends: before a possessive "'s" or a closing mark ("Law Society's", "Center."). */
    private static int wordEnd(String text, int end) {
        int e = end;
        if (e >= 2 && (text.startsWith("'s", e - 2) || text.startsWith("’s", e - 2))) {
            e -= 2;
        }
        while (e > 1) {
            char c = text.charAt(e - 1);
            boolean pluralApostrophe = (c == '\'' || c == '’') && text.charAt(e - 2) == 's'; // "Workers' Union"
            if (c != '.' && (c != '\'' && c != '’' || pluralApostrophe)) {
                break;
            }
            e--;
        }
        return e;
    }

    /**
     * The institution names of one run: each head noun with the capitalised words before it back to the previous
     * head ("Audit Commission and Electoral Commission" is two), or a head that "of"/"for"/"on" follows with the
     * words after it.
     */
    private static List<int[]> names(String text, List<int[]> run, Set<Integer> properNouns) {
        List<int[]> names = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < run.size(); i++) {
            String w = word(text, run.get(i));
            boolean headFollows = i + 1 < run.size() && OrganizationWords.isInstitution(word(text, run.get(i + 1)));
            if (!OrganizationWords.isInstitution(w) || headFollows) { // "Old Vic Theatre School": the last head
                continue;
            }
            boolean opens = i + 2 < run.size() && OPENING_CONNECTORS.contains(word(text, run.get(i + 1)))
                    && !calendarWord(text, run.get(i + 2));
            int first = trimStart(text, run, afterLastPreposition(text, run, from, i), i, properNouns);
            int last = opens ? trimEnd(text, run, i, nextHeadBoundary(text, run, i + 2)) : i;
            if (last - first >= 1 && capitalised(text, run.get(first)) && capitalised(text, run.get(last))) {
                names.add(new int[] {run.get(first)[0], run.get(last)[1]});
            }
            from = last + 1;
            i = last;
        }
        return names;
    }

    /** The end of the words after an opening head: the run's end, or before a connector that a further name follows. */
    private static int nextHeadBoundary(String text, List<int[]> run, int from) {
        for (int j = from; j < run.size(); j++) {
            if (OrganizationWords.isInstitution(word(text, run.get(j))) && j > from) {
                for (int k = j - 1; k > from; k--) {
                    if (CONNECTORS.contains(word(text, run.get(k)))) {
                        return k - 1;
                    }
                }
            }
        }
        return run.size() - 1;
    }

    /**
     * Where the words before a head may start: after the last "of", "for", "on" or "the" before it, which would make
     * them a name of their own ("Quarterly Economic Commentary of" + "Strathclyde University").
     */
    private static int afterLastPreposition(String text, List<int[]> run, int from, int head) {
        int start = from;
        for (int k = from; k < head; k++) {
            String w = word(text, run.get(k));
            if (OPENING_CONNECTORS.contains(w) || w.equals("the")) {
                start = k + 1;
            }
        }
        return start;
    }

    /**
     * The first word of a name: a proper noun, so no connector, "The" or other word that opens a sentence; or a
     * capitalised word right after "the", which the tagger may take for a common noun ("the Qualifications and
     * Curriculum Authority").
     */
    private static int trimStart(String text, List<int[]> run, int from, int head, Set<Integer> properNouns) {
        int first = from;
        while (first < head && !properNouns.contains(run.get(first)[0]) && !afterThe(text, run, first)) {
            first++;
        }
        return first;
    }

    private static boolean afterThe(String text, List<int[]> run, int i) {
        return i > 0 && word(text, run.get(i - 1)).equalsIgnoreCase("the") && capitalised(text, run.get(i));
    }

    private static int trimEnd(String text, List<int[]> run, int head, int last) {
        int end = last;
        for (int j = head + 2; j <= last; j++) {
            if (calendarWord(text, run.get(j))) { // "Board of Oakham on Friday"
                end = j - 1;
                break;
            }
        }
        while (end > head && CONNECTORS.contains(word(text, run.get(end)))) {
            end--;
        }
        return end;
    }

    /** "District Court on Wednesday", "Council of Wessex in May": a date after the name is no part of it. */
    private static boolean calendarWord(String text, int[] span) {
        return SentenceSubjects.CALENDAR_WORDS.contains(word(text, span).toLowerCase(Locale.ROOT));
    }

    private static boolean capitalised(String text, int[] span) {
        return Character.isUpperCase(text.charAt(span[0]));
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }
}
