package io.newslens.nlp.service;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The context words that show a name is an organisation ({@code /nlp/organization-words.txt}), loaded once. */
final class OrganizationWords {

    static final String RESOURCE = "/nlp/organization-words.txt";

    private static final List<String> LINES = ResourceLines.read(RESOURCE);
    private static final Set<String> NOUNS = kind("noun");
    private static final Set<String> BEFORE = kind("before");
    private static final Set<String> AFTER = kind("after");
    private static final Set<String> INSTITUTIONS = kind("institution");
    private static final Set<String> PUBLICATIONS = kind("publication");
    private static final Set<String> NUMBERED = kind("numbered");
    private static final Set<String> RIVALS = kind("rival");
    private static final Set<String> SOURCES = kind("source");
    private static final Set<String> ENDINGS = kind("ending");
    private static final Set<String> TEAM = kind("team");
    private static final Set<String> MATCH = kind("match");
    private static final Set<String> POSITIONS = kind("position");
    /** A "post" word, then "of", "for" or "at" (and "the"), at the end of the text before a name. */
    private static final Pattern POST_OF = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", kind("post"))
            + ") (?:of|for|at) (?:the )?$");
    /** A plural verb right after a name: "Wasps have". */
    private static final Pattern PLURAL_VERB = Pattern.compile(" (?:have|are|were)\\b");
    /** What a clause's subject may follow: the text's or a sentence's start, an opening quotation mark, a conjunction. */
    private static final Pattern CLAUSE_OPENING = Pattern.compile(
            "(?:^|[.!?][\"'\u201d\u2019]?\\s+|\\n\\s*|[\"\u201c]|(?i:\\b(?:but|when|while|after|because|if|since|though|although|before|until|so) ))$");
    /**
     * ", the UK's premium rate services watchdog," (group 1 the apposition's last word, before a comma or stop). No
     * preposition inside: "Smith, the head of the group," describes a person by a body.
     */
    private static final Pattern APPOSITION = Pattern.compile(
            ",\\s+(?:the|a|an)\\s+(?:(?!(?:of|at|for|with|from|in|into|to|on|by|behind|about|under|over|after|like|near|between|against|among)\\s)[\\p{L}\\d'-]+\\s+){0,5}?([\\p{L}-]+)(?=[,.;]|\\s+(?:which|that|said|says)\\b)");
    /** After "shares" these make it a verb ("Brown shares the view"), not a company's stock. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "this",
            "that", "these", "those", "some", "many", "our", "my", "your");

    private OrganizationWords() {
    }

    private static Set<String> kind(String kind) {
        return Set.copyOf(ResourceLines.ofKind(LINES, kind));
    }

    /** Lines whose kind is none of the known ones (the data-file test checks there are none). */
    static List<String> malformed() {
        return ResourceLines.ofNoKind(LINES, "noun", "before", "after", "institution", "publication", "numbered",
                "rival", "source", "ending", "team", "match", "position", "post");
    }

    static boolean isCompanyNoun(String word) {
        return NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A capitalised word that ends a company's own name after its short form ("Apple Computer"). */
    static boolean endsCompanyName(String word) {
        return ENDINGS.contains(word);
    }

    static boolean isInstitution(String word) {
        return INSTITUTIONS.contains(word);
    }

    /** Whether the word heads a newspaper's or news service's name after "the" ("the Beijing News"). */
    static boolean isPublication(String word) {
        return PUBLICATIONS.contains(word);
    }

    /** Whether a number written after a name ending in {@code lastWord} is part of it ("BBC Radio 4"). */
    static boolean takesNumber(String lastWord) {
        return NUMBERED.contains(lastWord);
    }

    /**
     * Whether the text right before {@code start} is a company noun or (with {@code phrases}) a
     * "before" phrase.
     */
    static boolean precedesOrganization(String text, int start, boolean phrases) {
        String lead = text.substring(Math.max(0, start - 30), start).toLowerCase(Locale.ROOT);
        if (!lead.endsWith(" ")) {
            return false;
        }
        lead = lead.stripTrailing();
        String lastWord = lead.substring(lead.lastIndexOf(' ') + 1);
        if (NOUNS.contains(lastWord)) {
            return true;
        }
        return phrases && endsWithPhrase(lead, BEFORE);
    }

    /**
     * Whether the words right before {@code start} describe a company: a company noun (or one and a comma), a
     * "before" phrase, a "rival" word ("key rival Sapporo") or a "source" phrase ("according to the Independent").
     * For a name NER did not tag.
     */
    static boolean describesCompany(String text, int start) {
        return precedesOrganization(text, start, true) || followsRival(text, start) || followsSource(text, start)
                || apposedToCompanyNoun(text, start);
    }

    /** Whether a company noun and a comma end right before {@code start}: "a drugs charity, Addaction,". */
    private static boolean apposedToCompanyNoun(String text, int start) {
        if (start < 2 || !text.startsWith(", ", start - 2)) {
            return false;
        }
        String lead = text.substring(Math.max(0, start - 32), start - 2).toLowerCase(Locale.ROOT);
        return NOUNS.contains(lead.substring(lead.lastIndexOf(' ') + 1));
    }

    /** Whether a "source" phrase and one space end right before {@code start} ("according to the Independent"). */
    private static boolean followsSource(String text, int start) {
        return phraseEndsBefore(text, start, SOURCES);
    }

    /** Whether one of {@code phrases} and a space end right before {@code start}, as whole words. */
    private static boolean phraseEndsBefore(String text, int start, Set<String> phrases) {
        String lead = text.substring(Math.max(0, start - 30), start).toLowerCase(Locale.ROOT);
        return lead.endsWith(" ") && endsWithPhrase(lead.stripTrailing(), phrases);
    }

    /** Whether {@code lead} (lower case) is or ends with one of {@code phrases} as whole words. */
    private static boolean endsWithPhrase(String lead, Set<String> phrases) {
        return phrases.stream().anyMatch(phrase -> lead.endsWith(" " + phrase) || lead.equals(phrase));
    }

    /** Whether a "rival" word ends right before {@code start}. */
    static boolean followsRival(String text, int start) {
        String lead = text.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT);
        if (!lead.endsWith(" ")) {
            return false;
        }
        lead = lead.stripTrailing();
        return RIVALS.contains(lead.substring(lead.lastIndexOf(' ') + 1));
    }

    /**
     * Whether the place named at [{@code start}, {@code end}) is written as a sports club: a "team" word right after it
     * ("Glasgow flanker") or a "match" phrase right before it ("against Biarritz").
     */
    static boolean namesClub(String text, int start, int end) {
        return followedBy(text, end, TEAM) || phraseEndsBefore(text, start, MATCH);
    }

    /**
     * Whether a "team" or "position" word and then a capitalised name follow {@code end} ("Charlton midfielder Graham
     * Stuart", "Perpignan centre Jean-Philippe Granclaude"): the name before is a club's, whatever NER made of it,
     * since a person is not written before another's position.
     */
    static boolean leadsTeamMember(String text, int end) {
        String tail = tail(text, end, 40);
        String lower = tail.toLowerCase(Locale.ROOT);
        String phrase = leadingPhrase(lower, TEAM);
        phrase = phrase == null ? leadingPhrase(lower, POSITIONS) : phrase;
        String rest = phrase == null ? "" : tail.substring(written(phrase).length());
        return rest.length() > 1 && rest.charAt(0) == ' ' && Character.isUpperCase(rest.charAt(1));
    }

    /**
     * Whether the name at [{@code start}, {@code end}) opens a clause as the subject of a plural verb ("Wasps have
     * signed", "but Lazio were beaten"): British English writes a club or a band that way, never a person or a town.
     * Inside a clause the verb may belong to a longer subject ("videos of Mrs Hassan have", "the prime minister and
     * Chancellor Gordon Brown have"), so the name must follow the start of a sentence or a conjunction.
     */
    static boolean takesPluralVerb(String text, int start, int end) {
        return PLURAL_VERB.matcher(tail(text, end, 8)).lookingAt()
                && CLAUSE_OPENING.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    /**
     * Whether an apposition after {@code end} calls the name a company or body: a comma, "the"/"a"/"an", up to five
     * words and a company noun that closes the apposition ("Icstis, the UK's premium rate services watchdog, said").
     * The noun must end it, so a person's role after a company noun ("Smith, the bank's chairman") does not count.
     */
    static boolean describedAsOrganizationAfter(String text, int end) {
        Matcher apposition = APPOSITION.matcher(tail(text, end, 90));
        return apposition.lookingAt() && NOUNS.contains(apposition.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the text right before {@code start} names a post held in a body ("director general of ", "a spokesman
     * for the "): the name at {@code start} is then a body's.
     */
    static boolean followsPost(String text, int start) {
        return POST_OF.matcher(text.substring(Math.max(0, start - 40), start)).find();
    }

    /** Whether an "after" phrase follows {@code end} as whole words ("Pernod shares", "Yugansk unit"). */
    static boolean followsOrganization(String text, int end) {
        return followedBy(text, end, AFTER);
    }

    private static boolean followedBy(String text, int end, Set<String> phrases) {
        String tail = tail(text, end, 30).toLowerCase(Locale.ROOT);
        String phrase = leadingPhrase(tail, phrases);
        if (phrase == null) {
            return false;
        }
        String[] next = tail.substring(written(phrase).length()).strip().split("\\W+", 2);
        return !(phrase.equals("shares") && DETERMINERS.contains(next[0]));
    }

    /** Up to {@code chars} characters of the text after {@code end}, with typographic apostrophes made straight. */
    private static String tail(String text, int end, int chars) {
        return text.substring(end, Math.min(text.length(), end + chars)).replace('\u2019', '\'');
    }

    /** The phrase a lower-case tail starts with, as whole words after a space (or right on, for "'s"); else null. */
    private static String leadingPhrase(String tail, Set<String> phrases) {
        for (String phrase : phrases) {
            String written = written(phrase);
            if (tail.startsWith(written) && (tail.length() == written.length()
                    || !Character.isLetter(tail.charAt(written.length())))) {
                return phrase;
            }
        }
        return null;
    }

    private static String written(String phrase) {
        return phrase.startsWith("'") ? phrase : " " + phrase;
    }
}
