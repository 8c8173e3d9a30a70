package io.newslens.nlp.service;

import io.newslens.contracts.event.Entity;
import io.newslens.nlp.service.QuoteLayout.Placed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who a sentence is about, for the pronouns and descriptions of later cues ("he said", "the Dutchman added"): its
 * subject where a name can be one, the person a description stands for ("The Scot"), a source introduced with a
 * role. Reads the layout's sentences and mentions; attribution decides where a cue needs it (CueSpeaker).
 */
final class SentenceSubjects {

    static final String PERSON_NOUNS_RESOURCE = "/nlp/person-nouns.txt";
    private static final Set<String> PERSON_NOUNS = Set.copyOf(ResourceLines.read(PERSON_NOUNS_RESOURCE));
    /** ", vice-president of", ", a spokesman for", ", the firm's chief executive": a role set off after a name. */
    private static final Pattern APPOSED_ROLE = Pattern.compile(",\\s+(?:(?:a|an|the)\\s+)?\\p{Ll}[\\p{L}-]*");
    /** A verb of playing a part right before a name: the name is a character's, or a person an actor portrays. */
    private static final Pattern PLAYED_PART_BEFORE = Pattern.compile("\\b(?:plays|played|playing|portrays|portrayed|"
            + "portraying)$");
    /**
     * "the" right before a name and a word for works after it: the name is a title's ("the Harry Potter films"); "the
     * Sanders campaign said" stays the candidate's.
     */
    private static final Pattern THE_BEFORE = Pattern.compile("\\b[Tt]he$");
    private static final Pattern WORKS_AFTER = Pattern.compile(
            "\\s+(?:films?|movies?|books?|novels?|series|franchise|sagas?|stories|plays?|musicals?|albums?)\\b");
    /** "He" or "She" opening a sentence, after a linking adverb perhaps ("But he"). */
    static final Pattern PRONOUN_OPENING = Pattern.compile("\\s*(?:He|She|(?:Now|But|And|Yet|So|Then|Still|Later|"
            + "Earlier|However|Instead|Meanwhile|Previously|Afterwards),?\\s+(?:he|she))\\b");
    /** "he"/"she" as a word; CueSpeaker finds the pronouns of cue clauses with it too. */
    static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");
    /**
     * "The Scot", "But the 25-year-old Dubliner", "The confident 23-year-old": a sentence opening with a person's
     * description (group 1: noun, or the word after an age).
     */
    private static final Pattern DESCRIPTION_OPENING = Pattern.compile(
            "\\s*(?:(?:But|And|Yet)\\s+)?(?:The|the)\\s+(?:(?:\\p{Ll}+\\s+)?\\d{1,3}-year-old\\s+)?(\\p{L}+)\\b");
    /** "but " right before a name, as a whole word, or before its owner's ("but Tennis Australia's Geoff Pollard"). */
    private static final Pattern BUT_BEFORE = Pattern.compile("\\bbut\\s+(?:(?:\\p{Lu}[\\p{L}.&-]*\\s+){0,3}\\p{Lu}[\\p{L}.&-]*['\u2019]s\\s+)?$");
    /** A cue's "by" or "according to", then up to four words of role, right before a name ({@link #agentOfCue}). */
    private static final Pattern CUE_AGENT_BEFORE = Pattern.compile("(?i)\\b(?:(?:noted|said|told|explained|written|"
            + "reported|stated|suggested|recommended|advised|shared)\\s+by|according\\s+to)\\s+(?:[\\p{L}.-]+\\s+){0,4}$");
    /** "But", "Yet": a sentence that opens by turning from what came before. */
    private static final Pattern TURNING_OPENING = Pattern.compile("\\s*(?:But|Yet)\\b");
    /** Up to six words of role between a comma and a name: " Lib Dem's elections chief Lord ". */
    private static final Pattern ROLE_BEFORE_NAME = Pattern.compile("\\s*(?:[\\p{L}'’.-]+\\s+){0,6}");
    /** Up to four words of role between an inverted cue and a name: " Mr " in ", argued Mr Howard". */
    private static final Pattern ROLE_AFTER_CUE = Pattern.compile("\\s+(?:[\\p{L}'’.-]+\\s+){0,4}");
    /** What may follow a cue that closes its sentence: a few words, no comma. */
    private static final Pattern CLOSING_REST = Pattern.compile("(?:\\s+[\\p{L}\\d'’-]+){0,5}\\s*[.!?]?\\s*");
    /**
     * What may follow a name after an inverted cue that closes its sentence: a description set off by a comma, opening
     * with an article or a possessive (", the news editor of trade magazine Screen International.").
     */
    private static final Pattern CLOSING_APPOSITION = Pattern.compile(
            ",\\s+(?:the|a|an|his|her|its|their)\\s+\\p{Ll}[^,;:\"“”]*?[.!?]?\\s*");
    /** What the text itself has before the noun of a {@link #DESCRIPTION_OPENING} that opens with an age. */
    private static final Pattern AGE_OPENING =
            Pattern.compile("(?s)\\s*(?:(?:But|And|Yet)\\s+)?[Tt]he\\s+(?:\\p{Ll}+\\s+)?\\d{1,3}-year-old\\s+");
    /** ", he " / ", she " before a cue. */
    private static final Pattern CLOSING_PRONOUN_CUE = Pattern.compile(",\\s*(?:he|she)\\s+");
    /** Honorifics right before a name that tell its bearer's sex. */
    private static final Pattern MALE_HONORIFIC = Pattern.compile("\\b(?:Mr|Sir|Lord|Baron)\\.?\\s+$");
    private static final Pattern FEMALE_HONORIFIC = Pattern.compile("\\b(?:Mrs|Ms|Miss|Lady|Dame|Baroness)\\.?\\s+$");
    /** Words after which a name is an object, not a subject. */
    private static final Set<String> PREPOSITIONS = Set.of("by", "with", "to", "for", "from", "of", "at", "on",
            "about", "against", "between", "among", "than", "like");
    /**
     * Words after which a name is the subject of a subordinate clause: its sentence's subject only when no other
     * person can be ("Speaking after Mr Brown had delivered the Budget, Mr Kennedy acknowledged": Mr Kennedy; "The
     * pair were level before Radcliffe sprinted clear": Radcliffe).
     */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "while", "when", "since", "because",
            "although", "though", "until", "unless", "if");
    private static final Set<String> CLAUSE_JOINS = Set.of("and", "but");
    /** Auxiliaries and verbs of saying and thinking that, right after a name, make it its clause's subject. */
    private static final String FINITE_VERBS =
            "is|was|has|had|have|will|would|can|could|says|said|believes|thinks|insists|admits|added";
    /** A finite verb right after a name: the name is the subject of its clause. */
    private static final Pattern FINITE_VERB_AFTER = Pattern.compile("\\s+(?:" + FINITE_VERBS + ")\\b");
    /** A finite verb after the subject of a turning clause: a {@link #FINITE_VERBS} one or a regular past ("rejected"). */
    private static final Pattern TURNING_VERB_AFTER = Pattern.compile("\\s+(?:" + FINITE_VERBS + "|\\p{Ll}{3,}ed)\\b");
    /**
     * Days and months, lower case: a preposition before one of them governs the date ("on Tuesday Mr Ebbers denied");
     * {@link NameParticles} takes its weekday and month surnames from them.
     */
    static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    /** "Dubliner", "Glaswegian", "Ulsterman", "New Zealander": the shapes of a demonym the noun list cannot all name. */
    private static final Pattern DEMONYM = Pattern.compile(
            "(?:(?:New|South|North|East|West|Northern|Southern|Sri|Costa|Puerto) )?\\p{Lu}\\p{Ll}+(?:er|ian|man|woman)");

    private final QuoteLayout layout;
    /** {@link #closingCue} by sentence, found on first use. */
    private final Map<Integer, Integer> closingCues = new HashMap<>();
    /** {@link #honorificsOf} by person, found on first use. */
    private final Map<Entity, Set<Pattern>> honorifics = new HashMap<>();

    SentenceSubjects(QuoteLayout layout) {
        this.layout = layout;
    }

    /** A noun that describes a person ("striker", "Dutchman", "Dubliner"), written as in the text. */
    static boolean describesPerson(String word) {
        return PERSON_NOUNS.contains(word.toLowerCase(Locale.ROOT)) || DEMONYM.matcher(word).matches();
    }

    /**
     * The person a pronoun at {@code at} most likely stands for: the last person who came first among
     * the persons of their sentence that can be its subject, outside quotations; else the last person.
     * A sentence that opens with "He"/"She" has that pronoun for its subject, so the names in it are
     * objects ("He has worked on ... The Incredibles and Indiana Jones"): they come last in both orders.
     * A name before a quotation that the pronoun's cue follows in the same sentence is inside what the
     * pronoun reports ('Mr Sullivan "made accounting decisions," he told the court' is "he told the court Mr
     * Sullivan made ...", where "he" cannot be Mr Sullivan): it is no candidate, unless a cue follows it ('While Hale
     * said Dene was "careless", he said ...': Hale reports that quotation himself).
     */
    Entity topicPerson(int at) {
        SubjectSoFar found = new SubjectSoFar();
        Entity last = null;
        Entity lastObject = null;
        int ownSentence = layout.sentenceAt(at);
        int onlyObjects = -1;
        Entity objectSubject = null;
        int reportedBefore = Math.max(reportedQuotationOpen(at), pronounAfterComma(at) ? at : -1);
        for (Placed p : layout.mentions) {
            if (p.end() > at) {
                break;
            }
            int sentence = layout.sentenceAt(p.start());
            if (!p.isPerson() || !layout.visible(p, null) || otherSex(p.entity(), at)
                    || (p.start() < reportedBefore && sentence == ownSentence && !beforeCue(p))
                    || (sentence < ownSentence && p.start() < closingCue(sentence))) {
                continue;
            }
            if (opensWithPronoun(sentence) || opensWithDescription(sentence)) {
                lastObject = p.entity();
                continue;
            }
            last = p.entity();
            if (sentence != found.subordinateSentence) {
                found.settleSubordinate();
            }
            // the first person of the sentence who can be its subject ("In a speech on the re-election of George
            // W Bush, Mr Kennedy said": Mr Kennedy)
            if (sentence != found.sentence && canBeSubject(p)) {
                if (!inSubordinateClause(p)) {
                    found.sentence = sentence;
                    found.subject = p.entity();
                } else if (found.subordinateSentence < 0) {
                    found.subordinateSentence = sentence;
                    found.subordinateSubject = p.entity();
                }
            } else if (sentence == found.sentence && sentence < ownSentence && subjectAfterBut(p)) {
                // "Bogdanov claimed the race was between himself and Okken but McIlroy is unfazed. He admitted": the
                // clause that turns from the first subject has the subject a pronoun next speaks of
                found.subject = p.entity();
            } else if (sentence > found.sentence && sentence < ownSentence && sentence != onlyObjects
                    && (introducedWithRole(p) || agentOfCue(p))) {
                // "One dissenting opinion came from Brian Gammage, vice-president of research at Gartner. He said":
                // in an earlier sentence where no person can be the subject, a source introduced with their role
                onlyObjects = sentence;
                objectSubject = p.entity();
            }
        }
        found.settleSubordinate();
        Entity subject = found.subject;
        int sentenceSeen = found.sentence;
        if (onlyObjects > sentenceSeen) {
            subject = objectSubject;
            sentenceSeen = onlyObjects;
        }
        // "The Scot initially defended Beattie. ... He said": a sentence about a person described, not named, since
        // the last subject is about the person the article has named most so far; right after the subject's own
        // sentence it describes that subject ("Safin said he was calm. The Russian hit himself ... . "...," he said"),
        // unless it opens by turning from them ("Souness is said to be keen. But the 25-year-old Dubliner ...")
        for (int sentence = ownSentence - 1; sentence > sentenceSeen; sentence--) {
            if (opensWithDescription(sentence)) {
                if (sentence == sentenceSeen + 1 && subject != null && !TURNING_OPENING.matcher(layout.masked)
                        .region(layout.sentenceStart(sentence), layout.masked.length()).lookingAt()) {
                    break;
                }
                // one that opens the story before anyone is named ("The veteran and the upstart ...") describes nobody
                Entity described = mostNamedPerson(layout.sentenceStart(sentence), at);
                if (described != null) {
                    return described;
                }
                break;
            }
        }
        return subject != null ? subject : last != null ? last : lastObject;
    }

    /**
     * The subject of the last sentence that has one, and the subject of a subordinate clause ("after Mr Brown had
     * delivered the Budget") waiting for its sentence to end: it is that sentence's subject only if no main one came.
     */
    private static final class SubjectSoFar {
        Entity subject;
        int sentence = -1;
        Entity subordinateSubject;
        int subordinateSentence = -1;

        void settleSubordinate() {
            if (subordinateSentence >= 0 && sentence != subordinateSentence) {
                sentence = subordinateSentence;
                subject = subordinateSubject;
            }
            subordinateSentence = -1;
        }
    }

    /**
     * Where a cue with a pronoun for subject, set off by a comma, closes the sentence ('Mr Blair has "the same
     * passion" ..., he said.'), or one with a named subject after a few words of role ({@link #closingNamedCue}), else
     * -1: the names before it are what the cue's subject said, not the subject.
     */
    private int closingCue(int sentence) {
        return closingCues.computeIfAbsent(sentence, this::findClosingCue);
    }

    private int findClosingCue(int sentence) {
        int start = layout.sentenceStart(sentence);
        int end = layout.sentenceEnd(sentence);
        Matcher m = CLOSING_PRONOUN_CUE.matcher(layout.masked).region(start, end);
        int at = -1;
        while (m.find()) {
            if (cueRightAfter(m.end())) {
                at = m.start();
            }
        }
        if (at < 0) {
            at = closingNamedCue(start, end);
        }
        return at;
    }

    /**
     * "Others targeted include Oliver Letwin and David Davis, Lib Dem elections chief Lord Rennard said.": a cue
     * closing the sentence after a comma, a few words of role and a person's name, or the same inverted ("It was no
     * good Mr Blair claiming ..., argued Mr Howard."); where that comma is, else -1.
     */
    private int closingNamedCue(int start, int end) {
        for (Placed p : layout.mentions) {
            if (p.start() < start || p.end() > end || !p.isPerson()) {
                continue;
            }
            int comma = layout.masked.lastIndexOf(',', p.start());
            if (comma <= start) {
                continue;
            }
            if (beforeCue(p)) {
                List<AttributionCues.Cue> cues = AttributionCues.find(layout.masked, p.end(), end);
                if (!cues.isEmpty() && ROLE_BEFORE_NAME.matcher(layout.masked.substring(comma + 1, p.start())).matches()
                        && CLOSING_REST.matcher(layout.masked.substring(cues.get(0).end(), end)).matches()) {
                    return comma;
                }
            } else if (invertedCueBefore(comma + 1, p.start())
                    && (CLOSING_REST.matcher(layout.masked.substring(p.end(), end)).matches()
                        || CLOSING_APPOSITION.matcher(layout.masked.substring(p.end(), end)).matches())
                    && !FINITE_VERB_AFTER.matcher(layout.masked).region(p.end(), end).lookingAt()) {
                // "..., argued Mr Howard.", not "Mr Dempsey, the minister, said Mr Ahern had been "..."": a verb after
                // the name makes it the subject of what was said
                return comma;
            }
        }
        return -1;
    }

    /** ", argued Mr ": a cue written in lower case right after {@code from}, then up to four words of role to {@code to}. */
    private boolean invertedCueBefore(int from, int to) {
        List<AttributionCues.Cue> cues = AttributionCues.find(layout.masked, from, to);
        if (cues.isEmpty()) {
            return false;
        }
        AttributionCues.Cue cue = cues.get(0);
        boolean lowerCase = cue.text().equals(cue.text().toLowerCase(Locale.ROOT));
        return layout.masked.substring(from, cue.start()).isBlank() && lowerCase
                && ROLE_AFTER_CUE.matcher(layout.masked.substring(cue.end(), to)).matches();
    }

    /**
     * Whether the pronoun at {@code at} ("she") cannot stand for the person, whom the article calls by the honorific of
     * the other sex ("Mr Galloway"), or, without an honorific, whose first name is the other sex's ({@link NameSexes}:
     * "Daniel"). A person written with neither agrees with either pronoun.
     */
    private boolean otherSex(Entity person, int at) {
        Matcher pronoun = PRONOUN.matcher(layout.masked).region(at, layout.masked.length());
        if (!pronoun.lookingAt()) {
            return false;
        }
        boolean she = pronoun.group().equalsIgnoreCase("she");
        Set<Pattern> written = honorifics.computeIfAbsent(person, this::honorificsOf);
        if (!written.isEmpty()) {
            return written.contains(she ? MALE_HONORIFIC : FEMALE_HONORIFIC);
        }
        return NameSexes.of(person.name()).filter(sex -> sex.equals(she ? "MALE" : "FEMALE")).isPresent();
    }

    /** The honorific patterns written before any of the person's mentions. */
    private Set<Pattern> honorificsOf(Entity person) {
        return Stream.of(MALE_HONORIFIC, FEMALE_HONORIFIC)
                .filter(h -> layout.mentions.stream().filter(m -> m.entity().equals(person))
                        .anyMatch(m -> h.matcher(layout.masked.substring(Math.max(0, m.start() - 10), m.start())).find()))
                .collect(Collectors.toSet());
    }

    /** The entity's first mention, with a role in apposition after it ("Brian Gammage, vice-president of ..."). */
    private boolean introducedWithRole(Placed p) {
        boolean first = layout.mentions.stream().filter(m -> m.entity().equals(p.entity())).findFirst().orElse(p) == p;
        return first && APPOSED_ROLE.matcher(layout.masked).region(p.end(), layout.masked.length()).lookingAt();
    }

    /**
     * "..., as noted by registered dietitian Trista Best.", "according to nutritionist Jo Lee": the source a cue names
     * after "by" or "according to", with at most a few words of role between.
     */
    private boolean agentOfCue(Placed p) {
        int start = layout.sentenceStart(layout.sentenceAt(p.start()));
        return CUE_AGENT_BEFORE.matcher(layout.masked.substring(Math.max(start, p.start() - 80), p.start())).find();
    }

    /** A cue right after the name ("David Laws said", "Mr Kemp argued"), only spaces between. */
    private boolean beforeCue(Placed p) {
        return cueRightAfter(p.end());
    }

    /** A cue starting at {@code end}, or after nothing but spaces and auxiliaries ("Ann Reed has said"). */
    private boolean cueRightAfter(int end) {
        int reach = Math.min(layout.masked.length(), end + 24);
        List<AttributionCues.Cue> cues = AttributionCues.find(layout.masked, end, reach);
        return !cues.isEmpty() && CueSpeaker.AUXILIARIES.matcher(layout.masked.substring(end, cues.get(0).start()))
                .replaceAll("").isBlank();
    }

    /**
     * Where the last top-level quotation before the pronoun at {@code at} opens, when it is in the pronoun's
     * sentence and only commas and spaces lie between its close and the pronoun (the pronoun's cue follows it);
     * else -1. Names of the sentence before that point are in what the pronoun reports.
     */
    private int reportedQuotationOpen(int at) {
        int sentenceStart = layout.sentenceStart(layout.sentenceAt(at));
        for (int i = layout.topLevel.size() - 1; i >= 0; i--) {
            QuoteSpan q = layout.topLevel.get(i);
            if (q.close() <= at) {
                boolean adjoins = q.open() >= sentenceStart
                        && layout.text.substring(q.close(), at).matches("[\\s,]*");
                // 'George Osborne said: "...," he said.': a colon introduces the quotation, which repeats its cue
                boolean introduced = adjoins && layout.masked.substring(sentenceStart, q.open()).strip().endsWith(":");
                return adjoins && !introduced ? q.open() : -1;
            }
        }
        return -1;
    }

    /**
     * "The image simply portrayed Mr Howard as a hypnotist, he argued": a pronoun right after a comma opens the
     * clause of a cue set after what it reports (or after an opening phrase, "After meeting Mr Blair, he said"),
     * so the names of its sentence before it are not whom it means.
     */
    private boolean pronounAfterComma(int at) {
        int sentenceStart = layout.sentenceStart(layout.sentenceAt(at));
        return at > sentenceStart && PRONOUN.matcher(layout.masked).region(at, layout.masked.length()).lookingAt()
                && layout.masked.substring(sentenceStart, at).stripTrailing().endsWith(",");
    }

    private boolean opensWithDescription(int sentence) {
        Matcher m = DESCRIPTION_OPENING.matcher(layout.masked)
                .region(layout.sentenceStart(sentence), layout.masked.length());
        // "The 31-year-old was third": an age alone describes a person, where it opens the sentence's text itself
        // (not '"We won," the 24-year-old said', whose quotation the masked text hides)
        return m.lookingAt() && (describesPerson(m.group(1)) || m.group().contains("-year-old")
                && AGE_OPENING.matcher(layout.text.substring(layout.sentenceStart(sentence), m.start(1))).matches());
    }

    /**
     * The person named most often before {@code before}, outside quotations, who may be the pronoun at {@code at} by
     * sex; the first named on a tie.
     */
    private Entity mostNamedPerson(int before, int at) {
        Map<Entity, Integer> counts = new HashMap<>();
        Entity most = null;
        for (Placed p : layout.mentions) {
            if (p.end() <= before && p.isPerson() && layout.visible(p, null) && !otherSex(p.entity(), at)) {
                int n = counts.merge(p.entity(), 1, Integer::sum);
                if (most == null || n > counts.get(most)) {
                    most = p.entity();
                }
            }
        }
        return most;
    }

    private boolean opensWithPronoun(int sentence) {
        int start = layout.sentenceStart(sentence);
        return PRONOUN_OPENING.matcher(layout.masked).region(start, layout.masked.length()).lookingAt();
    }

    /** The words of the name's sentence (up to 60 characters) between the last comma, semicolon or colon and the name. */
    private String[] clauseWordsBefore(Placed p) {
        int sentenceStart = layout.sentenceStart(layout.sentenceAt(p.start()));
        String lead = layout.masked.substring(Math.max(sentenceStart, p.start() - 60), p.start());
        int stop = Math.max(lead.lastIndexOf(','), Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':')));
        return lead.substring(stop + 1).strip().split("\\s+");
    }

    /** Whether one of {@link #SUBORDINATORS} stands a few words before the name, after the clause's last comma. */
    private boolean inSubordinateClause(Placed p) {
        String[] words = clauseWordsBefore(p);
        for (int i = Math.max(0, words.length - 5); i < words.length; i++) {
            if (SUBORDINATORS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A name right after "but" with a finite verb after it: the subject of a clause that turns from the one before. */
    private boolean subjectAfterBut(Placed p) {
        return BUT_BEFORE.matcher(layout.masked.substring(Math.max(0, p.start() - 60), p.start())).find()
                && TURNING_VERB_AFTER.matcher(layout.masked).region(p.end(), layout.masked.length()).lookingAt();
    }

    /**
     * Whether a name can be its sentence's subject: not a possessive inside the sentence ("Commenting on
     * Mr Makarov's case, he said"; one that opens it, "Mr Campbell's e-mail suggested", names its topic)
     * and not the object of a preposition a few words before it ("hosted by UK finance
     * minister Gordon Brown on Friday, he said").
     */
    boolean canBeSubject(Placed p) {
        if (beforeCue(p)) {
            return true; // "For the Lib Dems David Laws said": the subject of the verb right after it
        }
        int sentenceStart = layout.sentenceStart(layout.sentenceAt(p.start()));
        String before = layout.masked.substring(sentenceStart, p.start()).strip();
        boolean opens = before.isEmpty() || PersonTitles.isTitle(before);
        if (!opens && (layout.text.startsWith("'s", p.end()) || layout.text.startsWith("’s", p.end()))) {
            return false;
        }
        boolean titleWords = THE_BEFORE.matcher(before).find()
                && WORKS_AFTER.matcher(layout.masked).region(p.end(), layout.masked.length()).lookingAt();
        if (PLAYED_PART_BEFORE.matcher(before).find() || titleWords) {
            // "Emma Dene, who plays Lucy Hale": the part an actor plays; "in the Tom Rider films": a title's words
            return false;
        }
        String[] words = clauseWordsBefore(p);
        boolean governed = false;
        for (int i = Math.max(0, words.length - 5); i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            boolean ofTitle = i > 0 && PersonTitles.isTitle(words[i - 1]);
            if (PREPOSITIONS.contains(word) && !ofTitle) { // "minister for women Jacqui Smith": part of her title
                governed = true;
            } else if (governed && CALENDAR_WORDS.contains(word)) {
                governed = false; // "during the case on Tuesday Mr Ebbers denied": the date was the object
            } else if (governed && i == words.length - 1 && CLAUSE_JOINS.contains(word)
                    && FINITE_VERB_AFTER.matcher(layout.masked).region(p.end(), layout.masked.length()).lookingAt()) {
                governed = false; // "within six points of Barcelona and Owen is confident": a new clause, its subject
            }
        }
        return !governed;
    }
}
