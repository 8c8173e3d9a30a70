package io.newslens.nlp.service;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The words that attribute a quotation ({@code /nlp/attribution-cues.txt}), loaded once, as one pattern. */
final class AttributionCues {

    static final String RESOURCE = "/nlp/attribution-cues.txt";

    private static final String FRAME = "frame ";
    private static final List<String> LINES = ResourceLines.read(RESOURCE);
    private static final List<String> CUES = LINES.stream().map(l -> l.startsWith(FRAME) ? l.substring(FRAME.length()) : l).toList();
    /** Cues that attribute a quotation in their own sentence only. */
    private static final java.util.Set<String> FRAMING = LINES.stream().filter(l -> l.startsWith(FRAME))
            .map(l -> l.substring(FRAME.length()).toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /** Longest first, so that "said in a statement" wins over "said". */
    private static final Pattern PATTERN = Pattern.compile(CUES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(c -> Pattern.quote(c).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|", "\\b(?:", ")\\b")), Pattern.CASE_INSENSITIVE);

    /**
     * "who they say they are", "what he said": a cue inside a clause that a "who" or "what" opens names what was said,
     * it does not report words of its own.
     */
    private static final Pattern NOUN_CLAUSE = Pattern.compile("(?i)\\b(?:who|whom|what)\\s+(?:they|you|we|i|he|she)\\s+$");
    /** Naming verbs that take an object before the quoted name: "called Trump "unhinged"". */
    private static final String NAMING_WITH_OBJECT = "call(?:s|ed|ing)?|labell?ed|dubbed|branded|deemed";
    /** Verbs that give the quoted words as the subject's name for something. */
    private static final String NAMING = NAMING_WITH_OBJECT + "|describe[sd]\\s+as|termed";
    /**
     * "what he called a "fantasy island"", "what they described as": a clause that gives the quoted words as its
     * subject's name for something. The verb (group 1) is a cue, though "called" alone is not one.
     */
    private static final Pattern WHAT_CALLED = Pattern.compile(
            "(?i)\\bwhat\\s+(?:they|we|i|he|she|it)\\s+(" + NAMING + ")\\b");
    /**
     * "what aide Kevin Phillips called", "which Mr. Trump called": such a clause with a named subject, its last word
     * capitalised right before the verb (group 1).
     */
    private static final Pattern WHAT_NAME_CALLED = Pattern.compile(
            "\\b(?:[Ww]hat|[Ww]hich|that)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*\\s+(" + NAMING + ")\\b");
    /**
     * "Jeb Bush called Trump "unhinged."", "called Obama a "petulant child"": a naming verb (group 1) whose object is a
     * name written right before a quotation, which the masked text holds as a run of blanks (looked at ahead, as a
     * search for the quotation's own cue stops where the quotation opens). The verb frames the
     * quotation as its subject's words, not the name's ('Richard Thomas "totally condemned"' gives the name before a
     * quoted verb phrase the words).
     */
    private static final Pattern CALLED_NAME = Pattern.compile("\\b(" + NAMING_WITH_OBJECT + ")\\s+"
            + "(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\\.?\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}"
            + "(?=(?:\\s+(?:a|an|the))?\\s{3})");
    /**
     * "Tom Hale called the mayor's budget plans "a shambles"", "Ann Dene, a city councillor, called the remarks "unfair"": a
     * naming verb (group 1) right after a capitalised word, the end of its subject's name, or after such a name's
     * apposition between commas; and "calling" after a comma, whose subject the clause before has ("Hale defended the
     * plan, calling its critics "short-sighted"", group 2). Not "called" after a lower-case word: "a band called "Sound
     * Engine"" names a thing.
     */
    private static final Pattern NAME_BEFORE_CALLED = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}.'’-]*(?:,\\s+[^,.;:!?\\n]{1,80},|,)?\\s+(call(?:s|ed))|,\\s+(calling))\\b"
            + "(?!\\s+(?:for|on|off|up|in|out|back)\\b)");
    /** Participles that are cues right after their subject's name ({@link #NAME_BEFORE_PARTICIPLE}). */
    private static final java.util.Set<String> PARTICIPLES = java.util.Set.of("claiming", "stressing", "arguing",
            "insisting", "warning", "suggesting", "predicting", "complaining", "admitting", "conceding", "urging");
    /**
     * "with Ann Dene stressing that the plan was "rushed"", "Tom Hale arguing it was "unfair"": a speech verb's present
     * participle (group 1) right after a capitalised word, the end of its subject's name, frames its sentence's
     * quotation. Alone these participles are no cues: "after claiming the title", "warning lights".
     */
    private static final Pattern NAME_BEFORE_PARTICIPLE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*\\s+(" + String.join("|",
            PARTICIPLES) + ")\\b");
    /**
     * "what he says are "crippling skills shortages"": in a "what" clause ({@link #NOUN_CLAUSE}), a saying cue that a
     * form of "be" follows ({@link #BE_AFTER}) gives the quoted words as its subject's own, where "what he said" alone
     * names what was said.
     */
    private static final Pattern SAYING = Pattern.compile("(?i)says?|said|claims?|claimed");
    /** A form of "be" right after a cue: "says are". */
    private static final Pattern BE_AFTER = Pattern.compile("(?i)\\s+(?:is|are|was|were)\\b");
    /** Such a naming verb frames the quotation of its own sentence only. */
    private static final Pattern NAMING_VERB = Pattern.compile(NAMING);

    /** "patients admitted to New York hospitals": "admitted" to a hospital or a ward is no admission of words. */
    private static final Pattern ADMITTED = Pattern.compile("(?i)admit(?:s|ted)?");
    private static final Pattern TO_HOSPITAL = Pattern.compile(
            "(?i)\\s+(?:to|into)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:hospitals?|intensive\\s+care|ICU|wards?|clinics?)\\b");

    /** "the continued decline", "an admitted liar": a cue word after an article or a possessive is no verb. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|its|his|her|their|our)\\s+$");

    private AttributionCues() {
    }

    static List<String> all() {
        return CUES;
    }

    /** A cue found in the text: {@code text.substring(start, end)}. */
    record Cue(int start, int end, String text) {
        boolean isAccordingTo() {
            return text.toLowerCase(java.util.Locale.ROOT).startsWith("according");
        }

        /** A verb that gives the quoted words as its subject's name for something ("called", "dubbed"). */
        boolean names() {
            return NAMING_VERB.matcher(text.toLowerCase(java.util.Locale.ROOT)).matches();
        }

        /** A verb that frames a quotation in its own sentence ("accused ... of a "touchy-feely" speech"). */
        boolean framesOwnSentenceOnly() {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            return FRAMING.contains(lower) || PARTICIPLES.contains(lower) || names();
        }
    }

    /** Cues within {@code [from, to)} of {@code masked}, a copy of the text with quotations blanked out. */
    static List<Cue> find(CharSequence masked, int from, int to) {
        Matcher m = PATTERN.matcher(masked).region(Math.max(0, from), Math.max(from, to)).useTransparentBounds(true);
        List<Cue> found = new java.util.ArrayList<>();
        while (m.find()) {
            if (ADMITTED.matcher(m.group()).matches() && TO_HOSPITAL.matcher(masked).region(m.end(), masked.length()).lookingAt()
                    || DETERMINER_BEFORE.matcher(masked.subSequence(Math.max(0, m.start() - 8), m.start())).find()) {
                continue;
            }
            if (!NOUN_CLAUSE.matcher(masked.subSequence(Math.max(0, m.start() - 16), m.start())).find()
                    || SAYING.matcher(m.group()).matches()
                            && BE_AFTER.matcher(masked).region(m.end(), masked.length()).lookingAt()) {
                found.add(new Cue(m.start(), m.end(), m.group()));
            }
        }
        Matcher naming = WHAT_CALLED.matcher(masked).region(Math.max(0, from), Math.max(from, to)).useTransparentBounds(true);
        while (naming.find()) {
            found.add(new Cue(naming.start(1), naming.end(1), naming.group(1)));
        }
        for (Pattern p : List.of(WHAT_NAME_CALLED, CALLED_NAME, NAME_BEFORE_CALLED,
                NAME_BEFORE_PARTICIPLE)) {
            Matcher named = p.matcher(masked).region(Math.max(0, from), Math.max(from, to)).useTransparentBounds(true);
            while (named.find()) {
                int verb = named.group(1) != null ? 1 : 2; // the verb's group: the second holds ", calling"
                Cue cue = new Cue(named.start(verb), named.end(verb), named.group(verb));
                if (found.stream().noneMatch(c -> c.start() < cue.end() && cue.start() < c.end())) {
                    found.add(cue); // "calling him" is a cue of its own already
                }
            }
        }
        found.sort(Comparator.comparingInt(Cue::start));
        return found;
    }
}
