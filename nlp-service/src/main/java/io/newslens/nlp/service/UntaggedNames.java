package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names NER leaves untagged, found from the words written before them: a capitalised surname after an
 * honorific ({@code /nlp/honorifics.txt}: "said Mr Oaten") or a name after an occupation
 * ({@code /nlp/person-occupations.txt}: "R&B singer Usher") is a person; a capitalised name after a
 * company description ({@link OrganizationWords}: "market leader Best Buy", "key rival Sapporo",
 * "drinks firm X", "according to the Independent") or before a publication word ("Thursday's Sun newspaper") is
 * an organisation; the surname of a person tagged by full name elsewhere in the article
 * ("Gardener, Darren Campbell ... ." / "Gardener added:", after "Jason Gardener") is that person, as NER
 * misses a lone surname that is also a word. Only text no tagged mention overlaps.
 */
final class UntaggedNames {

    static final String HONORIFICS = "/nlp/honorifics.txt";
    static final String OCCUPATIONS = "/nlp/person-occupations.txt";

    /** A letter of a name after its first; a curly apostrophe only before a capital ("O’Donnell", not "Trump’s"). */
    static final String NAME_LETTER = "(?:[\\p{L}'-]|’(?=\\p{Lu}))";
    /** A capitalised word. */
    private static final String WORD = "\\p{Lu}" + NAME_LETTER + "*\\p{L}";
    private static final Pattern TITLED = Pattern.compile("\\b(?:"
            + String.join("|", ResourceLines.read(HONORIFICS).stream().map(Pattern::quote).toList())
            + ")\\.? (" + NameParticles.particlesBefore() + WORD + "(?: " + WORD + ")?)");
    /** "singer Usher", "artist Papo Record": a name of one or two words after an occupation. */
    private static final Pattern OCCUPIED = Pattern.compile("\\b(?:"
            + String.join("|", ResourceLines.read(OCCUPATIONS).stream().map(Pattern::quote).toList())
            + ") (" + WORD + "(?: " + WORD + ")?)(?![\\p{L}'-])");
    /** Capitalised words, "&" between them allowed ("Procter & Gamble"). */
    private static final Pattern NAME = Pattern.compile("\\G(" + WORD + "(?: (?:& )?" + WORD + "){0,3})");

    /**
     * A capitalised word standing alone: no letter, apostrophe or dash joined to it, no capitalised word right
     * before or after it (so not part of a longer name). One scan of the text finds every lone surname.
     */
    private static final Pattern LONE_WORD = Pattern.compile("(?<![\\p{L}'-]|\\p{Lu}\\p{L}{0,20} )" + WORD
            + "(?![\\p{L}'-]| \\p{Lu})");

    /**
     * What makes a surname that opens a sentence a name rather than a capitalised word ("Major banks"): a comma
     * or a verb in the past or a speech verb after it ("Gardener, Darren Campbell and ...", "Gardener added").
     */
    private static final Pattern SUBJECT_AFTER = Pattern.compile(",| (?:says|said|told|tells|\\p{Ll}+ed)\\b");

    /** A speech verb right after a name, or right before it. */
    private static final Pattern CUE_AFTER_NAME = Pattern.compile(",? (?:said|says|told|tells|added|adds)\\b");
    private static final Pattern CUE_BEFORE_NAME = Pattern.compile("\\b(?:said|says) $");

    /** A word that makes a weekday or month after it a date, not Mike Friday's surname: "on Friday", "last May". */
    private static final Pattern DATE_BEFORE = Pattern.compile("\\b(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ee]very|[Bb]y|[Uu]ntil|"
            + "[Ss]ince|[Ff]rom|[Ii]n|[Oo]f|[Ee]arly|[Ll]ate|[Tt]o) $");

    /** The words after a name that make it a publication's, NER tag or not. */
    private static final Pattern PUBLICATION_AFTER = Pattern.compile(" (?:newspaper|magazine|website)\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    /** "told the Today programme": a programme is no organisation. */
    static final Pattern PROGRAMME_AFTER = Pattern.compile(" (?:programme|program|show|series)\\b");

    /** Two-letter words and abbreviations that are never taken for a lone surname. */
    private static final Set<String> TWO_LETTER_WORDS = Set.of("Ah", "Am", "An", "As", "At", "Be", "By", "Co", "Do",
            "Dr", "Ex", "Ft", "Go", "He", "Hi", "If", "In", "Is", "It", "Jr", "Lt", "Me", "Mr", "Ms", "Mt", "My", "No",
            "Of", "Oh", "Ok", "On", "Or", "Oz", "Pm", "Sr", "St", "So", "To", "Tv", "Up", "Us", "We", "Ye", "Yo");

    private UntaggedNames() {
    }

    static List<NamedMention> find(String text, List<NamedMention> tagged) {
        List<NamedMention> found = new ArrayList<>();
        for (Pattern afterPersonWord : List.of(TITLED, OCCUPIED)) { // "Mr Oaten", "singer Usher"; not "Lord Chancellor"
            Matcher m = afterPersonWord.matcher(text);
            while (m.find()) {
                if (PersonTitles.leadingTitleLength(m.group(1) + " ") == 0) {
                    add(found, tagged, new NamedMention("PERSON", m.start(1), m.end(1), m.group(1)));
                }
            }
        }
        found.addAll(givenNamesOfTitled(text, tagged, found));
        Set<String> surnames = surnames(tagged);
        Set<String> givenNames = givenNamesOfOne(tagged, surnames);
        Matcher lone = LONE_WORD.matcher(text);
        while (!(surnames.isEmpty() && givenNames.isEmpty()) && lone.find()) {
            boolean surname = surnames.contains(lone.group()) && !writtenAsDate(text, lone.start(), lone.group())
                    && (!SentenceOpenings.at(text, lone.start())
                    || SUBJECT_AFTER.matcher(text).region(lone.end(), text.length()).lookingAt());
            if (surname || givenNames.contains(lone.group()) && speaks(text, lone.start(), lone.end())) {
                add(found, tagged, new NamedMention("PERSON", lone.start(), lone.end(), lone.group()));
            }
        }
        Matcher name = NAME.matcher(text);
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (!name.region(i + 1, text.length()).lookingAt()) {
                continue;
            }
            String words = name.group(1);
            boolean lowerCaseBefore = lowerCaseWordBefore(text, i);
            boolean described = lowerCaseBefore && OrganizationWords.describesCompany(text, i + 1);
            // "Thursday's Sun newspaper": a publication word after the name (a possessive may come before it)
            boolean publication = (lowerCaseBefore || possessiveBefore(text, i))
                    && !POSSESSIVE.matcher(words).find()
                    && PUBLICATION_AFTER.matcher(text).region(name.end(1), text.length()).lookingAt();
            if ((described || publication) && PersonTitles.leadingTitleLength(words + " ") == 0
                    && !PROGRAMME_AFTER.matcher(text).region(name.end(1), text.length()).lookingAt()) {
                add(found, tagged, new NamedMention("ORGANIZATION", name.start(1), name.end(1), words));
            }
        }
        return found;
    }

    /**
     * "Deutsche Bank's Simon Champion", where "Mr Champion" is found after an honorific: one capitalised word before such
     * a surname is the person's given name, as NER misses a full name whose surname is also a word. Not a title
     * ("Chancellor Brown"), a date word or a sentence's first word ("Champion said"), nor within a longer name.
     */
    private static List<NamedMention> givenNamesOfTitled(String text, List<NamedMention> tagged, List<NamedMention> titled) {
        List<NamedMention> found = new ArrayList<>();
        List<NamedMention> known = new ArrayList<>(tagged);
        known.addAll(titled);
        for (String surname : titled.stream().map(NamedMention::text).filter(t -> t.matches(WORD)).distinct().toList()) {
            Matcher m = Pattern.compile("(?<![\\p{L}'-]|\\p{Lu}\\p{L}{0,20} )(\\p{Lu}\\p{Ll}+) " + Pattern.quote(surname)
                    + "(?![\\p{L}'-]| \\p{Lu})").matcher(text);
            while (m.find()) {
                String given = m.group(1);
                if (!SentenceOpenings.at(text, m.start()) && !PersonTitles.isTitle(given) && !NameParticles.isCalendarName(given)) {
                    add(found, known, new NamedMention("PERSON", m.start(), m.end(), m.group()));
                }
            }
        }
        return found;
    }

    /**
     * The first words of full names that only one person of the article has and no one has for surname: "Xi" of "Xi
     * Jinping" and "Ban" of "Ban Ki-moon", whose family names come first, or a first name an article uses alone.
     */
    private static Set<String> givenNamesOfOne(List<NamedMention> tagged, Set<String> surnames) {
        Map<String, Set<String>> persons = new HashMap<>();
        for (NamedMention m : tagged) {
            String[] words = m.text().split(" ");
            if ("PERSON".equals(m.type()) && words.length > 1 && words[0].matches(WORD) && !PersonTitles.isTitle(words[0])) {
                persons.computeIfAbsent(words[0], w -> new HashSet<>()).add(m.text());
            }
        }
        persons.values().removeIf(names -> names.size() > 1);
        persons.keySet().removeAll(surnames);
        persons.keySet().removeAll(TWO_LETTER_WORDS);
        return persons.keySet();
    }

    /** "Xi said", "said Xi": the word is a speech cue's subject. */
    private static boolean speaks(String text, int start, int end) {
        return CUE_AFTER_NAME.matcher(text).region(end, text.length()).lookingAt()
                || CUE_BEFORE_NAME.matcher(text).region(Math.max(0, start - 7), start).find();
    }

    /** "on Friday": a weekday or month surname written as a date. */
    private static boolean writtenAsDate(String text, int start, String word) {
        return NameParticles.isCalendarName(word)
                && DATE_BEFORE.matcher(text).region(Math.max(0, start - 7), start).find();
    }

    private static boolean possessiveBefore(String text, int space) {
        return text.startsWith("'s", space - 2) || text.startsWith("\u2019s", space - 2);
    }

    /**
     * {@link NamedMention#surnames} that are capitalised words of two letters or more, two-letter ones ("Fa", "Wu",
     * "Ng") only in lower case after the capital and when they are no English word or abbreviation that opens
     * sentences ("We", "In", "Jr"); "MP" of a name NER ran over "MP" is no surname.
     */
    private static Set<String> surnames(List<NamedMention> tagged) {
        Set<String> surnames = NamedMention.surnames(tagged);
        surnames.removeIf(last -> last.length() < 2 || !last.matches(WORD)
                || TWO_LETTER_WORDS.contains(last) || last.length() == 2 && !Character.isLowerCase(last.charAt(1)));
        return surnames;
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
