package io.newslens.nlp.service;

import io.newslens.contracts.event.Entity;
import io.newslens.nlp.service.QuoteLayout.Placed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an attribution cue points to. In the cue's clause (after the last comma, colon or quotation):
 * the nearest person; else "he"/"she" or a role ("the minister") resolved to the person the article was
 * last about; else a person the clause stands in apposition to ("Colin Asplin, Blackpool Hotel
 * Association said"; "Prof Joni Lovenduski, who conducted the study with ..., said"); else an organisation
 * written in lower case or by its head noun ("the ministry said"); else the nearest organisation or
 * place. An inverted cue ("..., said Hua Chunying") takes the first person after it. A clause that
 * names somebody the article does not ("The spokesman said", "another minister said"), or a passive cue
 * ("she was told"), settles the question: nobody, rather than a neighbour's speaker.
 */
final class CueSpeaker {

    /** A cue's first word in "-ing": "saying", "calling her". */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}+ing\\b");
    /** ", noting the size of his following," or ", asked about it," at the end of the words before a cue. */
    private static final Pattern PARTICIPIAL_ASIDE = Pattern.compile(",\\s*(?:\\p{Ll}+ing|asked)\\b[^,;:]*,\\s*$");
    /** What may stand between a name and such an aside: a party and state in brackets, "(D-Ill.)". */
    private static final Pattern NAME_TO_ASIDE = Pattern.compile("\\s*(?:\\([^)]{1,20}\\))?\\s*");
    /** The clause of a cue after such an aside: nothing, or an auxiliary ("had said"). */
    private static final Pattern ASIDE_CLAUSE = Pattern.compile("\\s*(?:(?:had|has|have|also|then)\\s+)?");
    /** "before saying", "by adding": a participle that a preposition joins to its clause, which has its subject. */
    private static final Pattern PREPOSITION_BEFORE_PARTICIPLE =
            Pattern.compile("\\b(?:before|after|while|when|by|without|upon)\\s+$");
    /** "Waterford man", "Newport-based athlete": the noun after a place and the word that may join them. */
    private static final Pattern PLACE_THEN_NOUN = Pattern.compile("(?:-\\p{Ll}+)?\\s+(\\p{Ll}+)\\b");
    /**
     * "the Dutchman", "the 17-year-old", "the 47-year-old director", "the double Olympic champion", "the ex-Wallaby",
     * "the world 200m and 400m record holder": a cue's whole subject describing a person, with up to five words before
     * its noun (group 1: "ex-", which makes any noun a person's; group 2: the noun, if any).
     */
    private static final Pattern DESCRIBED_PERSON = Pattern.compile(
            "(?:^|\\s)the\\s+(?:(?:\\d{1,3}-year-old\\s+)?(ex-)?(?:[\\p{L}\\d-]+\\s+){0,5}?(\\p{L}+)|\\d{1,3}-year-old)$");
    /** "the Australian-born actress stopped": a description opening a clause (group 1: its noun), then a verb. */
    private static final Pattern DESCRIBED_SUBJECT = Pattern.compile(
            "\\s*[Tt]he\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(\\p{L}+)\\s+\\p{Ll}+(?:ed|s)\\b");
    static final String DOCUMENT_SUBJECTS = "/nlp/document-subjects.txt";
    private static final String DOCUMENTS = String.join("|", ResourceLines.read(DOCUMENT_SUBJECTS));
    /** "a report", "the new study", "its latest survey": a document as the whole subject of a cue. */
    private static final Pattern DOCUMENT = Pattern.compile("(?i)(?:(?:the|a|an|its|this|their)\\s+)?"
            + "(?:(?:new|latest|annual|same)\\s+)?(?:" + DOCUMENTS + ")");
    private static final Pattern DOCUMENT_WORD = Pattern.compile("(?i)\\b(?:" + DOCUMENTS + ")\\b");
    /** "the lawsuit", "The suit", "a class-action lawsuit": a lawsuit as the whole subject of a cue. */
    private static final Pattern LAWSUIT = Pattern.compile("(?:(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+)?"
            + "(?:[\\p{Ll}-]+\\s+)?(?:law)?suit");
    /** What a plaintiff does: "is suing", "sues", "filed the suit", "has filed a lawsuit"; not "was sued by". */
    private static final Pattern SUING = Pattern.compile("\\s(?:(?:is|are|was|were)\\s+suing|sues|sued|"
            + "(?:has\\s+|have\\s+)?filed\\s+(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+)?(?:law)?suit)\\b(?!\\s+by\\b)");
    /** A subject of lower-case words after an indefinite article right before the cue: "when a judge". */
    private static final Pattern UNNAMED_SUBJECT =
            Pattern.compile("(?:^|\\s)(?:[Aa]n?|[Aa]nother)\\s+(?:[\\p{Ll}-]+\\s+){0,4}[\\p{Ll}-]+\\s*$");
    /**
     * "others", "some", "critics", "a Labour source", "party officials": a subject of people the article does not name,
     * right before the cue; a source or official speaks for no body, unlike a spokesman (gold/SPOKESPERSON.md).
     */
    private static final Pattern UNNAMED_GROUP = Pattern.compile(
            "(?:^|[\\s,])(?:[Oo]thers|[Ss]ome|[Mm]any|[Cc]ritics|[Ss]ceptics|[Ss]keptics|[Oo]bservers|[Ss]ources?|[Ii]nsiders?"
                    + "|[Ss]trategists|[Oo]fficials|[Aa]ides)\\s*$");
    /** What may stand between a quotation and its inverted cue: marks, punctuation, dashes. */
    private static final Pattern NOTHING = Pattern.compile("[\\s,;:”\"’'—–-]*");
    /** Cues whose passive has the addressee for subject ("she was told", "he was asked"). */
    private static final Pattern ADDRESSEE_PASSIVE = Pattern.compile("told|asked|warned|informed|assured|promised");
    /** Cues whose object is who heard the words, never who said them: "told the BBC", "telling reporters". */
    private static final Pattern ADDRESSED = Pattern.compile("tell|tells|told|telling");
    /**
     * "the charity's director", "the political reform group's general secretary": "the", an owner of up to three
     * lower-case words, "'s" and up to three words of role (group 1).
     */
    private static final Pattern OWNED_ROLE =
            Pattern.compile("(?:^|\\s)[Tt]he\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+['’]s\\s+((?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+)$");
    /** "A Labour party spokesman", "But the club's spokeswoman": a sentence opening with an unnamed spokesperson. */
    private static final Pattern SPOKESPERSON_OPENING = Pattern.compile(
            "\\s*(?:(?:But|And)\\s+)?(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?" + SpokespersonBody.SPOKESPERSON + "\\b");
    private static final String JOINING_ADVERB = "(?:\\s+(?:also|then|later))?";
    private static final String JOINING = "(?:and|but)" + JOINING_ADVERB;
    /** A conjunction that joins a second verb to the subject of the first: "he said ..., but stressed". */
    private static final Pattern SHARED_SUBJECT = Pattern.compile("\\s*" + JOINING + "\\s*");
    /** A sentence that opens with its verb, joined to the sentence before: "And continued:", "But added". */
    private static final Pattern JOINED_SENTENCE = Pattern.compile("\\s*(?:And|But)" + JOINING_ADVERB + "\\s*");
    /** Such a conjunction ending a longer clause: "he hoped the bill would pass and suggested". */
    private static final Pattern JOINED_VERB = Pattern.compile("\\s" + JOINING + "\\s*$");
    /** A clause with no subject of its own before its cue: up to three lower-case words ("has already"). */
    private static final Pattern RELATIVE_CLAUSE_GAP = Pattern.compile("\\s*(?:\\p{Ll}+\\s+){0,3}");
    /** A sentence start whose name a relative clause follows, up to the comma that closes it. */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?s)\\s*(.*?),\\s+(?:who|whose|which)\\s.*,\\s*");
    /** An owner's "'s" and a space right before a name: "Ernst and Young's Sanjay Mehta". */
    private static final Pattern OWNED = Pattern.compile("['\u2019]s ");
    /** Words in brackets ending a name: " (WSIS)". */
    private static final Pattern BRACKETED_END = Pattern.compile("\\s*\\([^()]*\\)$");
    /**
     * A subject, then a relative clause or an apposition between dashes, up to the cue: "B&B - which has a 22% share -
     * said", "Andrei Illarionov - then adviser to X - told".
     */
    private static final Pattern DASHED_CLAUSE =
            Pattern.compile("(?s)(.*?\\S)\\s+[-–—]\\s+(?:(?!\\s[-–—]\\s).)+\\s[-–—]\\s*");
    /** "The Glasgow Kelvin MP", "The MP": a member of a parliament, described by the seat or not. */
    private static final Pattern DESCRIBED_MEMBER = Pattern.compile("(?:The|the)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:" + MentionCleaner.MEMBER_TITLES + ")");
    /** "The MP for Sittingbourne and Sheppey", "But the Tory MP for ...": a member of a parliament described by the seat. */
    private static final Pattern MEMBER_FOR_SEAT = Pattern.compile("(?:(?:But|And|Yet)\\s+)?(?:The|the)\\s+"
            + "(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:"
            + MentionCleaner.MEMBER_TITLES + ")\\s+for\\s+" + MentionCleaner.SEAT_WORDS + "\\p{Lu}[\\p{L}'’-]*");
    /** "the work and pensions minister", "a Labour backbencher": a cue's whole subject describing somebody (group 1: noun). */
    private static final Pattern DESCRIBED_SOURCE =
            Pattern.compile("(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,4}?([\\p{L}-]+)");
    /** Up to three capitalised words, a title or a party and a title, between an apposition's comma and its name. */
    private static final Pattern TITLE_WORDS = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}");
    /** "by" after a passive cue's quotation: its agent follows. */
    private static final Pattern PASSIVE_AGENT = Pattern.compile("\\bby\\s+");
    /** What may come between "by" and the agent's name: "the", a description in lower case ("German magazine"). */
    private static final Pattern PASSIVE_AGENT_LEAD = Pattern.compile("(?:(?:the|its|their)\\s+)?(?:\\p{L}+\\s+){0,2}?");
    /**
     * Auxiliaries and sentence adverbs between a cue's subject and its verb: "A spokesman has said", "the minister will
     * also", "The foreign secretary meanwhile said", "The prime minister on Sunday said".
     */
    static final Pattern AUXILIARIES = Pattern.compile(
            "(?:\\s+(?:will|would|has|have|had|did|does|may|might|could|should|can|also|meanwhile|however|later|earlier"
                    + "|previously|recently|again|too|then|now|yesterday|today|(?i:on\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                    + "|last\\s+(?:week|night|month|year)|this\\s+week))+\\s*$");
    /** "it" as the whole subject of a cue, an organisation named before. */
    private static final Pattern IT = Pattern.compile("\\s*[Ii]t\\s*");
    /** "the statement", "its statement": a statement as the whole subject of a cue, or after an inverted one. */
    private static final Pattern STATEMENT = Pattern.compile("\\s*(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\\s+statement\\s*");
    /** "an agency statement", "the club statement": a statement described by the kind of body that issued it (group 1). */
    private static final Pattern BODY_STATEMENT = Pattern.compile("\\s*(?:[Aa]n?|[Tt]he)\\s+([\\p{Ll}-]+)\\s+statement\\s*");
    /** "the firm", "The news and financial data seller": a definite description ending the clause. */
    private static final Pattern DESCRIBED_COMPANY = Pattern.compile("(?:^|\\s)(?:the|The)\\s+(?:[\\p{Ll}&-]+\\s+){0,4}?([\\p{Ll}-]+)$");
    private static final Pattern PASSIVE = Pattern.compile("(?s).*\\b(?:was|were|been|being|is|are|be)\\s+$");

    /** Plural subjects that speak for a body named before them ({@code /nlp/group-subjects.txt}). */
    static final String GROUP_SUBJECTS = "/nlp/group-subjects.txt";
    private static final Pattern GROUP = Pattern.compile("(?:^|\\s)(?:the\\s+)?(?:"
            + String.join("|", ResourceLines.read(GROUP_SUBJECTS).stream().map(Pattern::quote).toList()) + ")$");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one");
    private static final String TITLES = String.join("|", PersonTitles.all().stream().map(Pattern::quote).toList());
    /** "Scotland's first minister", "the company's chief executive": a role of the name before "'s". */
    private static final Pattern POSSESSIVE_ROLE =
            Pattern.compile("['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?((?i:" + TITLES + "))$");
    /**
     * "'s chief aide", "'s lawyers", "'s wife": after a person's name, somebody of that person's who speaks for them or
     * about them and whom the article does not name; never the person (gold/SPOKESPERSON.md: a person's spokesman or
     * agent is nobody the article names).
     */
    private static final Pattern PERSONS_OWN = Pattern.compile("['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:aides?|spokes(?:man|"
            + "woman|person)|agents?|lawyers?|attorneys?|solicitors?|advis[eo]rs?|publicists?|wife|husband|son|daughter|"
            + "brother|sister|father|mother|widow|friends?)\\s*");
    /** " for the Universities and Colleges Employers' Association (UCEA)": the named body after a role, to the clause's end. */
    private static final Pattern BODY_AFTER_ROLE = Pattern.compile("\\s+(?:for|at|of|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’&.-]*"
            + "(?:\\s+(?:of|and|for|the|\\p{Lu}[\\p{L}'’&.-]*))*(?:\\s+\\(\\p{Lu}+\\))?\\s*$");
    /**
     * A role ending a clause, with the word that may be its article: "a home office spokesman", "a Department for
     * Constitutional Affairs spokeswoman".
     */
    private static final Pattern ROLE_AT_END = Pattern.compile("(?:^|\\s)(\\p{L}+)\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:" + TITLES + ")$");
    /**
     * " director ", " chief economist ", "'s publicist ": up to three lower-case words, after the owner's "'s" or
     * not, between a body's or a person's name and the holder's; not words that join two names ("Smith and Jones",
     * "Smith with Jones").
     */
    private static final Pattern ROLE_BETWEEN =
            Pattern.compile("(?:['\u2019]s)?\\s+(?:(?!(?:and|or|with|to|as|at|in|on|from|by|but)\\s)[\\p{Ll}-]+\\s+){1,3}");
    /** "the cardinal", not "the cardinal's"; spokespeople are left out (never the principal). */
    private static final Pattern DEFINITE_ROLE = Pattern.compile("\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:\\p{L}+-)?(" + String.join("|", PersonTitles.all().stream()
            .filter(t -> !t.startsWith("spokes")).map(Pattern::quote).toList()) + ")\\b(?!'s|’s)");

    /**
     * After an inverted cue, an unnamed person and where they are: "said a dispatcher on Broadcastify police scanner",
     * "said one GOP operative in the state", "said an official at the ministry". The body named after the preposition is not the speaker (a spokesperson for
     * it is, and is read before this), and the speaker is nobody the article names.
     */
    private static final Pattern UNNAMED_PERSON_AFTER = Pattern.compile(
            "\\s*(?:a|an|one)\\s+(?!(?:[\\p{L}-]+\\s+){0,2}(?:spokes|representative|press\\s+officer))(?:[\\p{L}-]+\\s+){1,3}?"
                    + "(?:on|at|in|from|with|of|for)\\s");
    /** ", said market analyst": an inverted report cue and up to three lower-case words, right before a name. */
    private static final Pattern INVERTED_REPORT = Pattern.compile(",\\s+(?:said|says)\\s+(?:[\\p{Ll}-]+\\s+){0,3}$");

    private final QuoteLayout layout;
    private final SentenceSubjects subjects;
    private final SpokespersonBody spokespersonBody;
    /** The article's document author, found on first use (it is the same for every cue of the article). */
    private Optional<Entity> documentAuthor;

    CueSpeaker(QuoteLayout layout) {
        this.layout = layout;
        this.subjects = new SentenceSubjects(layout);
        this.spokespersonBody = new SpokespersonBody(layout);
    }

    /**
     * The speaker a cue points to, within {@code [from, to)}.
     *
     * @param inside a quote whose named entities may be speakers (for quotes within it), or null
     */
    SpeakerAttributor.Attribution at(AttributionCues.Cue cue, int from, int to, QuoteSpan inside) {
        String cueText = cue.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (cue.isAccordingTo()) {
            int end = layout.clauseEnd(cue.end(), to);
            Entity source = first(cue.end(), end, inside, false);
            String named = layout.masked.substring(cue.end(), end).replaceAll("[\\s,:;]+$", "").strip();
            if (source == null && DOCUMENT.matcher(named).matches()) {
                source = documentAuthor(); // "According to the report, ..."
            }
            return new SpeakerAttributor.Attribution(source, cueText, false);
        }
        if (PASSIVE.matcher(layout.masked.substring(Math.max(0, cue.start() - 12), cue.start())).matches()) {
            // "Mr Brown said the meeting would be remembered as "...": a passive frame inside what a named
            // speaker said is that speaker's words; on its own it names nobody. Not "she was told": those words
            // were said to the subject, by somebody else.
            Entity agent = passiveAgent(cue);
            if (agent != null) {
                return new SpeakerAttributor.Attribution(agent, cueText, false);
            }
            if (!ADDRESSEE_PASSIVE.matcher(cueText).matches()) {
                int sentenceStart = Math.max(from, layout.sentenceStart(layout.sentenceAt(cue.start())));
                SpeakerAttributor.Attribution main = lastCueBefore(sentenceStart, cue.start(), inside);
                if (main != null && main.speaker() != null) {
                    return new SpeakerAttributor.Attribution(main.speaker(), cueText, false);
                }
            }
            return new SpeakerAttributor.Attribution(null, cueText, true);
        }
        int clauseStart = layout.clauseStart(from, cue.start());
        String clause = layout.masked.substring(clauseStart, cue.start());
        // "saying", and "calling her": a participle, also with its object, whose subject the clause before has
        boolean participle = PARTICIPLE.matcher(cueText).lookingAt();
        // "Chris Christie, hoping to win, called Obama a "...": a naming verb's object is never its speaker either
        boolean subjectBefore = participle || cue.names();
        if (clause.isBlank() && subjectBefore || SHARED_SUBJECT.matcher(clause).matches()) {
            // "X said the year had begun well, adding it expected "...": the participle's subject is the earlier cue's;
            // so is that of a verb joined to it ("he said ..., but stressed that ...").
            SpeakerAttributor.Attribution main = lastCueBefore(from, clauseStart, inside);
            if (main != null) {
                return new SpeakerAttributor.Attribution(main.speaker(), cueText, main.unnamed());
            }
            // "Mr Blair refused to be pinned down, saying Britain would hold a poll "...": what follows a participle is
            // what was said, never its speaker; the sentence's person before it is, its subject where one can be
            // ("Mr Blair paid tribute to John Kerry's campaign, saying", "Michael Howard sent Mr Bush his thanks, saying").
            Entity subject = subjectBefore ? firstSubject(from, clauseStart, inside) : null;
            if (subject == null && subjectBefore) {
                subject = pronounOrRole(from, clauseStart); // "He denied ..., telling the BBC "...""
            }
            if (subject != null) {
                return new SpeakerAttributor.Attribution(subject, cueText, false);
            }
        }
        if (participle && !clause.isBlank()) {
            // "the Tory leader will argue against it saying it is "...": a participle after its clause's own cue, with no
            // comma between, has that cue's subject
            SpeakerAttributor.Attribution main = lastCueBefore(clauseStart, cue.start(), inside);
            if (main != null && main.speaker() != null) {
                return new SpeakerAttributor.Attribution(main.speaker(), cueText, false);
            }
            // "McConnell deflected questions about Mr. Trump before saying": the clause's subject, not the object named last
            Entity subject = PREPOSITION_BEFORE_PARTICIPLE.matcher(clause).find()
                    ? firstPossibleSubject(clauseStart, cue.start(), inside) : null;
            if (subject != null) {
                return new SpeakerAttributor.Attribution(subject, cueText, false);
            }
        }
        SpeakerAttributor.Attribution before = joinedToSentenceBefore(cue.start(), inside);
        if (before != null) {
            return new SpeakerAttributor.Attribution(before.speaker(), cueText, before.unnamed());
        }
        Matcher joined = JOINED_VERB.matcher(clause);
        if (joined.find()) {
            // "He said he hoped the bill would be a "gentle nudge" and suggested it would "...": a verb joined by "and"
            // with no subject of its own has the subject of the sentence's earlier cue
            int sentenceStart = Math.max(from, layout.sentenceStart(layout.sentenceAt(cue.start())));
            SpeakerAttributor.Attribution main = lastCueBefore(sentenceStart, clauseStart + joined.start(), inside);
            if (main != null && main.speaker() != null) {
                return new SpeakerAttributor.Attribution(main.speaker(), cueText, false);
            }
            // "A Labour party spokesman played down differences with Mr Wyatt and said": with no cue before, the verb
            // shares the subject the sentence opens with, not the object named last; "He thanked Ann Dene and
            // described": the person the opening pronoun stands for
            Matcher pronoun = SentenceSubjects.PRONOUN_OPENING.matcher(layout.masked)
                    .region(sentenceStart, clauseStart + joined.start());
            Entity opener = pronoun.lookingAt() ? pronounOrRole(sentenceStart, pronoun.end())
                    : sentenceSubject(sentenceStart, clauseStart + joined.start(), inside);
            if (opener == null && describedSubject(sentenceStart, clauseStart + joined.start())) {
                opener = subjects.topicPerson(cue.start()); // "the Australian-born actress stopped ... and joked"
            }
            if (opener != null) {
                return new SpeakerAttributor.Attribution(opener, cueText, false);
            }
        }
        String subject = AUXILIARIES.matcher(clause).replaceAll(""); // the clause up to its verb's auxiliaries
        if (DOCUMENT.matcher(subject.strip()).matches()) {
            Entity author = documentAuthor(); // "a report says", "the report adds"
            return SpeakerAttributor.Attribution.orUnnamed(author, cueText);
        }
        if (LAWSUIT.matcher(subject.strip()).matches()) {
            // "the lawsuit said Willis has endured "..."": a lawsuit speaks for whoever brought it
            return SpeakerAttributor.Attribution.orUnnamed(plaintiff(cue.start()), cueText);
        }
        if (IT.matcher(subject).matches()) {
            // '"This move today is the best of both worlds," it said.': the body last named as a sentence's subject
            Entity body = spokespersonBody.namedBefore(cue.start());
            if (body != null) {
                return new SpeakerAttributor.Attribution(body, cueText, false);
            }
        }
        if (UNNAMED_GROUP.matcher(subject).find()) {
            // "in Bunkerville, Nev., others argue", "Some say": people the article does not name, whatever comes before
            return new SpeakerAttributor.Attribution(null, cueText, true);
        }
        SpeakerAttributor.Attribution stated = statement(subject, cue.start(), cueText); // '"...," the statement said'
        if (stated != null) {
            return stated;
        }
        if (personsOwn(clauseStart, cue.start(), inside)) {
            return new SpeakerAttributor.Attribution(null, cueText, true); // "President Castro's chief aide said"
        }
        Entity speaker = beforeDashedClause(clause, clauseStart, inside);
        if (speaker == null) {
            speaker = nearest(clauseStart, cue.start(), inside, true);
        }
        if (speaker == null && (MEMBER_FOR_SEAT.matcher(subject.strip()).matches()
                || DESCRIBED_MEMBER.matcher(subject.strip()).matches())) {
            // "the MP for Salford told", "the Salford MP told": the seat is no speaker; the member is the one written about
            speaker = subjects.topicPerson(cue.start());
        }
        int[] unnamedRole = speaker == null ? unnamedRoleBeforePronoun(clauseStart, cue.start()) : null;
        if (unnamedRole != null) {
            Entity body = spokespersonBody.ofRoleClause(unnamedRole[0], unnamedRole[1]);
            return SpeakerAttributor.Attribution.orUnnamed(body, cueText);
        }
        if (speaker == null) {
            speaker = sourceNamedAfterLede(subject, cue.start());
        }
        if (speaker == null) {
            speaker = pronounOrRole(clauseStart, cue.start());
        }
        if (speaker == null) {
            HeldRole role = roleOf(clauseStart, cue.start());
            if (role != null) {
                // "..., Mr Prettejohn, Lloyd's chief executive said": the role's holder is named before it
                Entity apposedHolder = apposed(from, clauseStart, inside);
                Entity person = apposedHolder != null ? apposedHolder : roleHolder(role, cue.start());
                return SpeakerAttributor.Attribution.orUnnamed(person, cueText);
            }
        }
        if (speaker == null) {
            speaker = group(clauseStart, cue.start());
        }
        if (speaker == null) {
            speaker = spokespersonBody.ofBare(clauseStart, cue.start(), subject);
        }
        if (speaker == null && UNNAMED_SUBJECT.matcher(clause).find()) {
            // "It lost a High Court action when a judge said the system was "...": somebody the article does not
            // name, whatever organisation the clause names; a role tied to one by a name is not matched ("a White
            // House spokesman said").
            return new SpeakerAttributor.Attribution(null, cueText, true);
        }
        if (speaker == null && clause.isBlank()) {
            Entity body = spokespersonBeforeDescription(from, clauseStart, inside);
            if (body != null) {
                return new SpeakerAttributor.Attribution(body, cueText, false);
            }
        }
        if (speaker == null && ASIDE_CLAUSE.matcher(clause).matches()) {
            speaker = beforeParticipialAside(from, clauseStart, inside);
        }
        if (speaker == null) {
            speaker = apposed(from, clauseStart, inside);
        }
        if (speaker == null && NOTHING.matcher(clause).matches() && !ADDRESSED.matcher(cueText).lookingAt() && !cue.names()) {
            // Inverted: "..., said Foreign Ministry spokeswoman Hua Chunying."
            int clauseEnd = layout.clauseEnd(cue.end(), to);
            Placed described = describedPerson(cue.end(), clauseEnd, inside);
            if (described != null) {
                String noun = layout.masked.substring(described.end(), clauseEnd).strip().toLowerCase(Locale.ROOT);
                String title = PersonTitles.all().stream()
                        .filter(t -> noun.matches("(?s)(?:[\\p{L}-]+\\s+){0,2}?" + Pattern.quote(t) + "\\b.*"))
                        .findFirst().orElse(null);
                Entity person = title != null ? titledPerson(title, cue.start()) : subjects.topicPerson(cue.start());
                return SpeakerAttributor.Attribution.orUnnamed(person, cueText);
            }
            speaker = roleHolderAfter(cue.end(), clauseEnd, inside);
            if (speaker == null) {
                speaker = ownedPersonAfter(cue.end(), clauseEnd, inside);
            }
            if (speaker == null) {
                speaker = first(cue.end(), clauseEnd, inside, true);
            }
            if (speaker == null) {
                speaker = apposedAfter(cue.end(), clauseEnd, to, inside);
            }
            if (speaker == null && UNNAMED_PERSON_AFTER.matcher(layout.masked.substring(cue.end(), clauseEnd)).lookingAt()) {
                return new SpeakerAttributor.Attribution(null, cueText, true);
            }
            if (speaker == null) {
                speaker = first(cue.end(), clauseEnd, inside, false);
            }
            if (speaker == null) {
                String after = layout.masked.substring(cue.end(), clauseEnd).replaceAll("\\p{P}+$", "").strip();
                SpeakerAttributor.Attribution statedAfter = statement(after, cue.start(), cueText); // '"...," said the statement.'
                if (statedAfter != null) {
                    return statedAfter;
                }
                if (after.startsWith("the ")) {
                    // "said the radio station.", not "said a spokesman for the firm"
                    speaker = companyDescribed(after, cue.start());
                    if (speaker == null && describesPerson(after)) {
                        // "said the 30-year-old, who ...", "added the striker": the person the text is about
                        Entity person = subjects.topicPerson(cue.start());
                        return SpeakerAttributor.Attribution.orUnnamed(person, cueText);
                    }
                }
            }
        }
        if (speaker == null) {
            speaker = beforeRelativeClause(clause, clauseStart, cue.start(), inside);
        }
        if (speaker == null) {
            speaker = describedOrganization(clauseStart, cue.start());
        }
        if (speaker == null) {
            speaker = nearest(clauseStart, cue.start(), inside, false);
        }
        if (speaker == null && clauseStart > from) {
            speaker = nearest(from, cue.start(), inside, true);
            if (speaker == null) {
                speaker = nearest(from, cue.start(), inside, false);
            }
        }
        boolean unnamed = speaker == null && clause.matches("(?s).*\\p{L}{3,}.*");
        return new SpeakerAttributor.Attribution(speaker, cueText, unnamed);
    }

    /**
     * The person or organisation a passive cue names as its agent after the quotation, in the same clause: 'The posters
     * were labelled a "big misjudgement" by the Conservatives', 'dismissed as "ridiculous" by Justice David Souter'.
     */
    private Entity passiveAgent(AttributionCues.Cue cue) {
        int end = layout.clauseEnd(cue.end(), layout.sentenceEnd(layout.sentenceAt(cue.start())));
        Matcher by = PASSIVE_AGENT.matcher(layout.masked).region(cue.end(), end);
        if (!by.find()) {
            return null;
        }
        int nameStart = by.end();
        return layout.mentions.stream().filter(p -> p.start() >= nameStart && p.end() <= end && layout.visible(p, null))
                .findFirst()
                .filter(p -> (p.isPerson() || p.entity().type().equals("ORGANIZATION"))
                        && PASSIVE_AGENT_LEAD.matcher(layout.masked.substring(nameStart, p.start())).matches())
                .map(Placed::entity).orElse(null);
    }

    /**
     * The subject of a cue whose own clause has none ("has already said") when a relative clause opened by
     * "who"/"whose"/"which" ends right before it: the name that clause follows ("Mr Blair, who has described Africa as a
     * "scar" ..., has already said"). Null otherwise.
     */
    private Entity beforeRelativeClause(String clause, int clauseStart, int cueStart, QuoteSpan inside) {
        if (!RELATIVE_CLAUSE_GAP.matcher(clause).matches()) {
            return null;
        }
        // the cue's clause may start before its sentence ('this." he added.', split by CoreNLP after the mark)
        int sentenceStart = Math.min(clauseStart, layout.sentenceStart(layout.sentenceAt(cueStart)));
        Matcher relative = RELATIVE_CLAUSE.matcher(layout.masked.substring(sentenceStart, clauseStart));
        if (!relative.matches()) {
            return null;
        }
        // "the World Summit (WSIS), which ...": the name ends before the initials in brackets
        Matcher initials = BRACKETED_END.matcher(relative.group(1));
        int nameEnd = sentenceStart + (initials.find() ? initials.start() : relative.end(1));
        Entity named = namedEndingAt(nameEnd, inside);
        if (named != null) {
            return named;
        }
        // "The Glasgow Kelvin MP, who was expelled ..., accused": a member described by the seat, the person the text is about
        if (DESCRIBED_MEMBER.matcher(relative.group(1)).matches()) {
            return subjects.topicPerson(sentenceStart);
        }
        // "The Oscar-nominated actor, whose films include ..., said", "The Tory leader, who argues ..., said": a described
        // person or a role, as when the cue follows it directly
        return pronounOrRole(sentenceStart, nameEnd);
    }

    /**
     * The subject of a cue when a relative clause or an apposition set off by dashes comes between ("B&B - which has a
     * 22% share of the UK market - said", "Andrei Illarionov - then adviser to President Putin - told"): the person or
     * organisation right before the first dash, not a name inside the dashes.
     */
    private Entity beforeDashedClause(String clause, int clauseStart, QuoteSpan inside) {
        Matcher dashed = DASHED_CLAUSE.matcher(clause);
        return dashed.matches() ? namedEndingAt(clauseStart + dashed.end(1), inside) : null;
    }

    /** The person or organisation whose mention ends at {@code nameEnd}: the subject a relative clause follows. */
    private Entity namedEndingAt(int nameEnd, QuoteSpan inside) {
        return layout.mentions.stream()
                .filter(p -> p.end() == nameEnd && layout.visible(p, inside) && !p.entity().type().equals("LOCATION"))
                .map(Placed::entity).findFirst().orElse(null);
    }

    /**
     * After an inverted cue, a name, a role and a person: "said Pipa director Steven Kull", "said Kidman's publicist
     * Wendy Day". The person who holds the role speaks, also where NER took the body's name (an acronym, "Pipa") for a
     * person's; null otherwise.
     */
    private Entity roleHolderAfter(int cueEnd, int clauseEnd, QuoteSpan inside) {
        List<Placed> named = layout.mentions.stream()
                .filter(m -> m.start() >= cueEnd && m.end() <= clauseEnd && layout.visible(m, inside)).limit(2).toList();
        if (named.size() < 2 || !layout.masked.substring(cueEnd, named.get(0).start()).isBlank() || !named.get(1).isPerson()) {
            return null;
        }
        return ROLE_BETWEEN.matcher(layout.masked.substring(named.get(0).end(), named.get(1).start())).matches()
                ? named.get(1).entity() : null;
    }

    /**
     * After an inverted cue, a person written right after an owner's "'s": "added Ernst and Young's Sanjay Mehta". The
     * owner is the speaker's firm or club, whatever NER made of its name ("Ernst" a person). Null if there is none.
     */
    private Entity ownedPersonAfter(int cueEnd, int clauseEnd, QuoteSpan inside) {
        return layout.mentions.stream()
                .filter(m -> m.start() >= cueEnd + 2 && m.end() <= clauseEnd && m.isPerson() && layout.visible(m, inside))
                .filter(m -> OWNED.matcher(layout.masked.substring(m.start() - 3, m.start())).matches())
                .map(Placed::entity).findFirst().orElse(null);
    }

    /**
     * After an inverted cue, a role set off by a comma from the person who holds it: "said EEF chief economist,
     * Steve Radley." The person, when the role has a lower-case word and the name closes the sentence or is
     * followed by a comma; capitalised words may stand before the name ("said its chairman, Sir Anthony Greener",
     * "said the chairman of the committee, Labour MP Barry Sheerman"). Null otherwise.
     */
    private Entity apposedAfter(int cueEnd, int clauseEnd, int to, QuoteSpan inside) {
        if (clauseEnd >= to || layout.masked.charAt(clauseEnd - 1) != ','
                || !layout.masked.substring(cueEnd, clauseEnd).matches("(?s).*\\b\\p{Ll}{3,}.*")) {
            return null;
        }
        Placed p = layout.mentions.stream().filter(m -> m.start() >= clauseEnd && m.end() <= to && layout.visible(m, inside))
                .filter(Placed::isPerson).findFirst().orElse(null);
        boolean apposed = p != null && TITLE_WORDS.matcher(layout.masked.substring(clauseEnd, p.start())).matches()
                && layout.masked.substring(p.end(), Math.min(to, p.end() + 2)).matches("[.,;]?\\s*|[.,;].*");
        return apposed ? p.entity() : null;
    }

    /**
     * After an inverted cue, a definite description instead of a name: "said the Birchfield Harrier" (a
     * name NER takes for a person's, but persons take no article), "says the Waterford man", "said the
     * Newport-based athlete" (a place describing a person), "said the Liverpool player" (a body's member). The
     * mention it hangs on, or null.
     */
    private Placed describedPerson(int from, int to, QuoteSpan inside) {
        Placed p = layout.mentions.stream().filter(m -> m.start() >= from && m.end() <= to && layout.visible(m, inside))
                .findFirst().orElse(null);
        if (p == null || !layout.masked.substring(from, p.start()).matches("\\s+the\\s+")) {
            return null;
        }
        if (p.isPerson() || p.entity().type().equals("MISC") && (SentenceSubjects.describesPerson(p.entity().name())
                || Demonyms.namesOnePerson(p.entity().name()))) {
            return p; // "said the German", "said the American": NER tags the nationality, which stands for a person here
        }
        Matcher noun = PLACE_THEN_NOUN.matcher(layout.masked.substring(p.end(), to));
        if (!noun.lookingAt()) {
            return null;
        }
        if (p.entity().type().equals("ORGANIZATION")) {
            // "said the Liverpool player": a member described by the club, not the club ("the BBC spokesman" stays the BBC's)
            return SentenceSubjects.describesPerson(noun.group(1)) ? p : null;
        }
        boolean person = SentenceSubjects.describesPerson(noun.group(1))
                || PersonTitles.all().stream().anyMatch(t -> t.equalsIgnoreCase(noun.group(1)));
        return p.entity().type().equals("LOCATION") && person ? p : null;
    }

    /** The person (or, with {@code personOnly} false, organisation or place) named last in the range. */
    private Entity nearest(int from, int to, QuoteSpan inside, boolean personOnly) {
        Placed found = null;
        for (Placed p : layout.mentions) {
            if (p.start() >= from && p.end() <= to && layout.visible(p, inside)
                    && (personOnly ? p.isPerson() : p.isOrganizationOrPlace() && !placeNamedAsWhere(p))) {
                found = p;
            }
        }
        return found == null ? null : found.entity();
    }

    /** A place after "in", "at", "from" ...: where something is ("the war in Iraq"), never who speaks. */
    private boolean placeNamedAsWhere(Placed p) {
        return p.entity().type().equals("LOCATION") && MentionFinder.afterPlacePreposition(layout.text, p.start());
    }

    /**
     * The subject a sentence opens with, up to {@code to}: the body of an unnamed spokesperson ("A Labour party
     * spokesman"), else its first person who can be a subject; null if neither.
     */
    private Entity sentenceSubject(int sentenceStart, int to, QuoteSpan inside) {
        Matcher spokesperson = SPOKESPERSON_OPENING.matcher(layout.masked).region(sentenceStart, to);
        if (spokesperson.lookingAt()) {
            return spokespersonBody.ofRoleClause(sentenceStart, spokesperson.end());
        }
        return firstPossibleSubject(sentenceStart, to, inside);
    }

    /**
     * The person named right before an aside that a participle opens, set off by commas before the cue ("Sen. Richard
     * J. Durbin (D-Ill.), noting the size of Sanders's following, said", "Mr. Trump, asked about Mr. Putin, had said"):
     * the aside's names are what it is about.
     */
    private Entity beforeParticipialAside(int from, int clauseStart, QuoteSpan inside) {
        Matcher aside = PARTICIPIAL_ASIDE.matcher(layout.masked.substring(from, clauseStart));
        if (!aside.find()) {
            return null;
        }
        int asideStart = from + aside.start();
        Placed last = lastMention(from, asideStart, inside);
        boolean rightBefore = last != null && last.isPerson()
                && NAME_TO_ASIDE.matcher(layout.masked.substring(last.end(), asideStart)).matches();
        return rightBefore ? last.entity() : null;
    }

    /** Whether the clause ends with a person's name and one of their people: "President Castro's chief aide". */
    private boolean personsOwn(int from, int to, QuoteSpan inside) {
        Placed last = lastMention(from, to, inside);
        return last != null && last.isPerson() && PERSONS_OWN.matcher(
                AUXILIARIES.matcher(layout.masked.substring(last.end(), to)).replaceAll("")).matches();
    }

    /** The last visible mention of any entity within {@code [from, to)}, or null. */
    private Placed lastMention(int from, int to, QuoteSpan inside) {
        Placed last = null;
        for (Placed p : layout.mentions) {
            if (p.start() >= from && p.end() <= to && layout.visible(p, inside)) {
                last = p;
            }
        }
        return last;
    }

    /** Whether a name can be its sentence's subject ({@link SentenceSubjects#canBeSubject}). */
    boolean canBeSubject(Placed p) {
        return subjects.canBeSubject(p);
    }

    /** The first person in the range who can be its sentence's subject, else the last person in it. */
    private Entity firstSubject(int from, int to, QuoteSpan inside) {
        Entity subject = firstPossibleSubject(from, to, inside);
        return subject != null ? subject : nearest(from, to, inside, true);
    }

    private Entity firstPossibleSubject(int from, int to, QuoteSpan inside) {
        for (Placed p : layout.mentions) {
            if (p.start() >= from && p.end() <= to && p.isPerson() && layout.visible(p, inside) && subjects.canBeSubject(p)) {
                return p.entity();
            }
        }
        return null;
    }

    /** The first person (or, if {@code personOnly} is false, any person, organisation or place) in the range. */
    private Entity first(int from, int to, QuoteSpan inside, boolean personOnly) {
        for (Placed p : layout.mentions) {
            if (p.start() >= from && p.end() <= to && layout.visible(p, inside)
                    && (p.isPerson() || (!personOnly && p.isOrganizationOrPlace()))) {
                return p.entity();
            }
        }
        return null;
    }

    /**
     * The first entity named in {@code [from, clauseStart)}, when it is a person and a comma follows the
     * name: the subject of a cue separated from it by an apposition ("Peter Mandelson, former Labour
     * minister, warned"), or the person named right before the cue's comma, in apposition to a role
     * ("The party's health spokeswoman, Eleanor Scott, said"). Tried after the clause's own pronoun
     * ("Mr Campbell, who he described as").
     */
    private Entity apposed(int from, int clauseStart, QuoteSpan inside) {
        Placed last = lastMention(from, clauseStart - 1, inside);
        if (last != null && last.isPerson() && layout.masked.substring(last.end(), clauseStart).strip().equals(",")) {
            return last.entity(); // "The Scottish Green Party's health spokeswoman, Eleanor Scott, said"
        }
        for (Placed p : layout.mentions) {
            if (p.start() >= from && p.end() < clauseStart && layout.visible(p, inside)) {
                boolean comma = layout.masked.startsWith(",", p.end());
                return p.isPerson() && comma ? p.entity() : null;
            }
        }
        return null;
    }

    /**
     * "A spokesman for Unison, Britain's biggest union, said": the body of a spokesperson whose clause a description
     * naming no person follows, set off by commas before the cue (whose own clause, after the second comma, is empty);
     * null otherwise.
     */
    private Entity spokespersonBeforeDescription(int from, int clauseStart, QuoteSpan inside) {
        int descriptionStart = layout.clauseStart(from, clauseStart - 1);
        if (descriptionStart <= from || nearest(descriptionStart, clauseStart, inside, true) != null) {
            return null;
        }
        return spokespersonBody.ofRoleClause(layout.clauseStart(from, descriptionStart - 1), descriptionStart - 1);
    }

    /**
     * "he"/"she" or "the minister", "the Tory co-chairman" in the range: a person named with that role
     * before, else the person the text was last about. A spokesman is never the principal, so that
     * role resolves only to a person introduced as one.
     */
    private Entity pronounOrRole(int from, int to) {
        Matcher m = SentenceSubjects.PRONOUN.matcher(layout.masked).region(from, to);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        if (at >= 0) {
            Entity role = roleSubjectSince(at);
            return role != null ? role : subjects.topicPerson(at);
        }
        // "the cardinal will ask", "the minister has also said": the role ends before the auxiliaries.
        String clause = AUXILIARIES.matcher(layout.masked.substring(from, to).toLowerCase(Locale.ROOT)).replaceAll("");
        if (describesPerson(clause)) {
            return subjects.topicPerson(to); // "the Dutchman said", "the 17-year-old added"
        }
        Entity owner = ownedRole(AUXILIARIES.matcher(layout.masked.substring(from, to)).replaceAll("").strip(), to);
        if (owner != null) {
            return owner;
        }
        for (String title : PersonTitles.all()) {
            Matcher role = Pattern.compile("\\b(?:the|this|that|our)\\s+((?:[\\p{L}-]+\\s+){0,2}?(?:[\\p{L}]+-)?"
                    + Pattern.quote(title) + ")\\s*$").matcher(clause.strip());
            if (role.find()) {
                // "the Tory leader": the person written after "Tory leader" before any written after "leader"
                Entity titled = titledPerson(role.group(1).replaceAll("\\s+", " "), to);
                titled = titled != null ? titled : titledPerson(title, to);
                return titled != null || neverThePrincipal(title) ? titled : subjects.topicPerson(to);
            }
        }
        return null;
    }

    /**
     * Whether the clause before a joined verb, after the sentence's last comma before it, opens with a person's
     * description and a verb: "Shivering in a long dress, the Australian-born actress stopped to sign autographs".
     */
    private boolean describedSubject(int sentenceStart, int joinedAt) {
        String lead = layout.masked.substring(sentenceStart, joinedAt);
        Matcher described = DESCRIBED_SUBJECT.matcher(lead.substring(lead.lastIndexOf(',') + 1));
        return described.lookingAt() && SentenceSubjects.describesPerson(described.group(1));
    }

    /** A clause that is a person's description ({@link #DESCRIBED_PERSON}), not a title (which names whom it precedes). */
    private static boolean describesPerson(String clause) {
        Matcher described = DESCRIBED_PERSON.matcher(clause.strip());
        return described.find() && (described.group(2) == null || described.group(1) != null
                || SentenceSubjects.describesPerson(described.group(2)) && !PersonTitles.isTitle(described.group(2)));
    }

    /**
     * '..., the work and pensions minister has said.' before the article names anybody: a lede that describes its source
     * and names them in one of the next two sentences ('This was why ..., Alan Johnson said.'), where a cue reports
     * them. That person, or null. Spokesmen and correspondents speak for or report on others, so they are left alone.
     */
    private Entity sourceNamedAfterLede(String subject, int cueStart) {
        Matcher described = DESCRIBED_SOURCE.matcher(subject.strip());
        if (!described.matches()) {
            return null;
        }
        String noun = described.group(1);
        if (!PersonTitles.isTitle(noun) && !SentenceSubjects.describesPerson(noun)
                || neverThePrincipal(noun.toLowerCase(Locale.ROOT))
                || layout.mentions.stream().anyMatch(p -> p.isPerson() && p.start() < cueStart)) {
            return null;
        }
        int sentence = layout.sentenceAt(cueStart);
        for (Placed p : layout.mentions) {
            int at = layout.sentenceAt(p.start());
            if (at > sentence + 2) {
                break;
            }
            if (at > sentence && p.isPerson() && layout.visible(p, null)) {
                return layout.cues(layout.masked, layout.sentenceStart(at), layout.sentenceEnd(at)).isEmpty()
                        ? null : p.entity();
            }
        }
        return null;
    }

    /**
     * "the charity's director", "the club's new captain": a person's role in a body the article describes rather than
     * names, which stands for the person the text is about (a spokesman or correspondent only for one introduced with
     * that title). Null if the clause ends otherwise.
     */
    private Entity ownedRole(String clause, int to) {
        Matcher owned = OWNED_ROLE.matcher(clause);
        if (!owned.find()) {
            return null;
        }
        String role = owned.group(1).toLowerCase(Locale.ROOT);
        String title = PersonTitles.all().stream().filter(t -> role.equals(t) || role.endsWith(" " + t)).findFirst().orElse(null);
        if (title != null && neverThePrincipal(title)) {
            return titledPerson(title, to);
        }
        return title != null || SentenceSubjects.describesPerson(role.substring(role.lastIndexOf(' ') + 1))
                ? subjects.topicPerson(to) : null;
    }

    /** A spokesman or correspondent speaks for, or reports on, somebody else: never the person the text is about. */
    private static boolean neverThePrincipal(String title) {
        return title.startsWith("spokes") || title.equals("correspondent");
    }

    /**
     * "he"/"she" in the clause when, since the last person named, a cue's subject was somebody the
     * article does not name ("A Home Office spokesman said ... . He added"): the pronoun stands for that
     * somebody, not for the person named before. The {start, end} of that subject's clause, or null.
     */
    private int[] unnamedRoleBeforePronoun(int from, int to) {
        Matcher m = SentenceSubjects.PRONOUN.matcher(layout.masked).region(from, to);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        if (at < 0) {
            return null;
        }
        // The last person named as a subject: not after a cue of their sentence, where a person is what the
        // cue's subject spoke about ("an executive spokeswoman insisted Mr McConnell had ... . "...," she said").
        int lastPerson = 0;
        for (Placed p : layout.mentions) {
            if (p.end() <= at && p.isPerson() && layout.visible(p, null) && !afterSubjectCue(p)) {
                lastPerson = p.end();
            }
        }
        int[] role = null; // the last such subject is the one the pronoun stands for
        for (AttributionCues.Cue c : layout.cues(layout.masked, lastPerson, at)) {
            int sentenceStart = layout.sentenceStart(layout.sentenceAt(c.start()));
            int start = layout.clauseStart(Math.max(lastPerson, sentenceStart), c.start());
            // "President Castro's chief aide said": the person's name is the last person named, so look from the sentence
            if (unnamedRole(layout.masked.substring(start, c.start()))
                    || personsOwn(layout.clauseStart(sentenceStart, c.start()), c.start(), null)) {
                role = new int[] {start, c.start()};
            }
        }
        return role;
    }

    /** A role of a place or organisation ("Scotland's first minister"): the mention and the title. */
    private record HeldRole(Placed holder, String title) {
    }

    /**
     * A place's or organisation's role as the subject ("Scotland's first minister has told"): the mention
     * of the place or organisation, whose role holder speaks, not it, and the title; null if the clause is no
     * such role.
     */
    private HeldRole roleOf(int from, int to) {
        String clause = AUXILIARIES.matcher(layout.masked.substring(from, to)).replaceAll("").stripTrailing();
        Matcher m = POSSESSIVE_ROLE.matcher(clause);
        if (!m.find()) {
            return null;
        }
        int end = from + m.start();
        String title = m.group(1).toLowerCase(Locale.ROOT);
        return layout.mentions.stream().filter(p -> p.end() == end && p.isOrganizationOrPlace()).findFirst()
                .map(p -> new HeldRole(p, title)).orElse(null);
    }

    /**
     * Who holds the role: the person named right after that title before, else the person opening the next
     * sentence ("Scotland's first minister has told pupils ... . Jack McConnell was speaking").
     */
    private Entity roleHolder(HeldRole role, int cueStart) {
        Entity titled = titledPerson(role.title(), cueStart);
        if (titled != null) {
            return titled;
        }
        int next = layout.sentenceAt(cueStart) + 1;
        if (next >= layout.sentences.size()) {
            return null;
        }
        Placed opening = layout.firstMentionIn(next);
        return opening != null && opening.isPerson()
                && layout.text.substring(layout.sentenceStart(next), opening.start()).isBlank() ? opening.entity() : null;
    }

    /**
     * Who brought the lawsuit a cue at {@code before} quotes: the entity named right before the first "is suing",
     * "sues" or "filed the suit" in the text before it ("Actor Bruce Willis is suing Revolution Studios").
     */
    private Entity plaintiff(int before) {
        Matcher suing = SUING.matcher(layout.masked).region(0, before);
        if (!suing.find()) {
            return null;
        }
        int sentenceStart = layout.sentenceStart(layout.sentenceAt(suing.start()));
        Entity named = null;
        for (Placed p : layout.mentions) {
            if (p.start() >= sentenceStart && p.end() <= suing.start() && layout.visible(p, null)
                    && !p.entity().type().equals("LOCATION")) {
                named = p.entity();
            }
        }
        return named;
    }

    /**
     * The organisation that wrote the document the article quotes ({@code /nlp/document-subjects.txt}):
     * one named in the sentence that first mentions the document, else one opening the next sentence
     * ("... , a report says. / The National Audit Office praised ministers ...") or reporting in it after an
     * inverted cue (", said market analyst Datamonitor"); null when none is.
     */
    private Entity documentAuthor() {
        if (documentAuthor == null) {
            documentAuthor = Optional.ofNullable(findDocumentAuthor());
        }
        return documentAuthor.orElse(null);
    }

    private Entity findDocumentAuthor() {
        Matcher m = DOCUMENT_WORD.matcher(layout.masked);
        if (!m.find()) {
            return null;
        }
        int sentence = layout.sentenceAt(m.start());
        for (int i = sentence; i <= sentence + 1 && i < layout.sentences.size(); i++) {
            int start = layout.sentenceStart(i);
            int end = layout.sentenceEnd(i);
            List<Placed> named = layout.mentions.stream()
                    .filter(p -> p.start() >= start && p.end() <= end && layout.visible(p, null)).toList();
            if (i == sentence) {
                Placed org = named.stream().filter(p -> p.entity().type().equals("ORGANIZATION")).findFirst().orElse(null);
                if (org != null) {
                    return org.entity();
                }
            } else if (!named.isEmpty() && named.get(0).entity().type().equals("ORGANIZATION")
                    && layout.text.substring(start, named.get(0).start()).strip().matches("(?:The)?")) {
                return named.get(0).entity();
            } else {
                // "... , a report suggests. / Children ... had an income of £775, said market analyst Datamonitor."
                Placed reporter = named.stream().filter(p -> p.entity().type().equals("ORGANIZATION")
                        && INVERTED_REPORT.matcher(layout.masked.substring(start, p.start())).find()).findFirst().orElse(null);
                if (reporter != null) {
                    return reporter.entity();
                }
            }
        }
        return null;
    }

    /**
     * A cue with a subject of its own before the person in their sentence, not an inverted "said X": also not after a
     * quotation that opens the sentence ('Critics are "conjuring up threats," said spokeswoman Hua Chunying').
     */
    private boolean afterSubjectCue(Placed p) {
        int start = layout.sentenceStart(layout.sentenceAt(p.start()));
        return layout.cues(layout.masked, start, p.start()).stream()
                .anyMatch(c -> !NOTHING.matcher(layout.masked.substring(layout.clauseStart(start, c.start()), c.start())).matches());
    }

    /**
     * "a Home Office spokesman", "another minister": a role with an indefinite article, nobody named. ("The
     * Tory spokesman" stands for a person named before, introduced with another title.)
     */
    private boolean unnamedRole(String clause) {
        String withoutBody = BODY_AFTER_ROLE.matcher(clause).replaceFirst(""); // "a spokesperson for the Employers' Association"
        String words = AUXILIARIES.matcher(withoutBody.toLowerCase(Locale.ROOT)).replaceAll("").strip();
        Matcher role = ROLE_AT_END.matcher(words);
        // each word may be the article: "but an executive spokeswoman" is found at "but" first
        for (int from = 0; from < words.length() && role.find(from); from = role.start(1) + 1) {
            if (INDEFINITE.contains(role.group(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "they said", "the MPs said": the organisation named last before the cue, when no person was named
     * after it (a committee's report quoted through its members); when nothing was named before, the
     * first organisation of the next sentence; else nobody.
     */
    private Entity group(int from, int to) {
        String clause = AUXILIARIES.matcher(layout.masked.substring(from, to).toLowerCase(Locale.ROOT)).replaceAll("").strip();
        if (!GROUP.matcher(clause).find()) {
            return null;
        }
        Placed last = null;
        for (Placed p : layout.mentions) {
            if (p.end() <= from && layout.visible(p, null)
                    && (p.isPerson() || p.entity().type().equals("ORGANIZATION"))) {
                last = p;
            }
        }
        if (last == null) {
            // "..., MPs have said." in a lede, "the Public Accounts Committee found" in the next sentence.
            int next = layout.sentenceAt(to) + 1;
            if (next < layout.sentences.size()) {
                int[] s = layout.sentences.get(next);
                last = layout.mentions.stream().filter(p -> p.start() >= s[0] && p.end() <= s[1] && layout.visible(p, null)
                        && p.entity().type().equals("ORGANIZATION")).findFirst().orElse(null);
            }
        }
        return last != null && !last.isPerson() ? last.entity() : null;
    }

    /**
     * Who issued the statement a cue has for subject ('"...," it said. "...," said the statement.'): the speaker of the
     * last cue in the two sentences before the cue's own, which quote the same statement. Null if none.
     */
    private Entity statementAuthor(int cueStart) {
        int sentence = layout.sentenceAt(cueStart);
        SpeakerAttributor.Attribution last =
                lastCueBefore(layout.sentenceStart(Math.max(0, sentence - 2)), layout.sentenceStart(sentence), null);
        return last == null ? null : last.speaker();
    }

    /**
     * A statement as a cue's subject or after an inverted cue: "the statement" is its issuer's, the speaker of the last
     * cue in the two sentences before (unnamed if none); "an agency statement", "a club statement" the body of that
     * kind last named as a sentence's subject or with a spokesperson ("The IAEA estimates ..."). Null for other words,
     * and for a body's statement when no body was named.
     */
    private SpeakerAttributor.Attribution statement(String words, int cueStart, String cueText) {
        if (STATEMENT.matcher(words).matches()) {
            return SpeakerAttributor.Attribution.orUnnamed(statementAuthor(cueStart), cueText);
        }
        Matcher ofBody = BODY_STATEMENT.matcher(words);
        Entity body = ofBody.matches() && OrganizationWords.isCompanyNoun(ofBody.group(1))
                ? spokespersonBody.namedBefore(cueStart) : null;
        return body == null ? null : new SpeakerAttributor.Attribution(body, cueText, false);
    }

    /**
     * 'Ms Jowell insisted: "..." And continued: "..."': a sentence that opens with "And" and its verb has the subject of
     * the last cue in the sentence before; null when the sentence opens otherwise or that one has no cue.
     */
    private SpeakerAttributor.Attribution joinedToSentenceBefore(int cueStart, QuoteSpan inside) {
        int sentence = layout.sentenceAt(cueStart);
        int sentenceStart = layout.sentenceStart(sentence);
        boolean joined = sentence > 0 && JOINED_SENTENCE.matcher(layout.masked.substring(sentenceStart, cueStart)).matches();
        return joined ? lastCueBefore(layout.sentenceStart(sentence - 1), sentenceStart, inside) : null;
    }

    /** What the last cue in {@code [from, to)} points to ("X said ..., adding": X's cue), or null when there is none. */
    private SpeakerAttributor.Attribution lastCueBefore(int from, int to, QuoteSpan inside) {
        List<AttributionCues.Cue> earlier = layout.cues(layout.masked, from, to);
        return earlier.isEmpty() ? null : at(earlier.get(earlier.size() - 1), from, to, inside);
    }

    /**
     * The person a role names when, since the last person named before the pronoun at {@code at}, a
     * sentence or clause opens with that role ("Dr Williams criticised ... . On Friday, the Cardinal will
     * ask ... . "...," he will say": the cardinal); null if none. A name that cannot be a subject does not
     * end the search ("The home secretary said ... . Speaking on Breakfast with Frost, he said": the secretary).
     */
    private Entity roleSubjectSince(int at) {
        int lastPerson = 0;
        for (Placed p : layout.mentions) {
            if (p.end() <= at && p.isPerson() && layout.visible(p, null) && subjects.canBeSubject(p)) {
                lastPerson = p.end();
            }
        }
        String between = layout.masked.substring(lastPerson, at).toLowerCase(Locale.ROOT);
        Entity found = null;
        Matcher m = DEFINITE_ROLE.matcher(between);
        while (m.find()) {
            int start = lastPerson + m.start();
            String lead = layout.masked.substring(layout.sentenceStart(layout.sentenceAt(start)), start).strip();
            Entity titled = lead.isEmpty() || lead.endsWith(",") ? titledPerson(m.group(1), at) : null;
            if (titled != null) {
                found = titled; // the last one wins
            }
        }
        return found;
    }

    /** The last person before {@code before} whose name was written right after {@code title}. */
    private Entity titledPerson(String title, int before) {
        Entity found = null;
        Pattern titled = Pattern.compile("(?s).*\\b" + Pattern.quote(title) + "\\s+$");
        // "shadow foreign secretary Michael Ancram", "Deputy Prime Minister John Prescott" hold no office "the Foreign
        // Secretary" or "the prime minister" names
        Pattern shadow = Pattern.compile("(?s).*\\b(?:shadow|deputy|vice|assistant|former)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
                + Pattern.quote(title) + "\\s+$");
        for (Placed p : layout.mentions) {
            if (p.end() <= before && p.isPerson() && layout.visible(p, null)) {
                String lead = layout.text.substring(Math.max(0, p.start() - 40), p.start()).toLowerCase(Locale.ROOT);
                if (titled.matcher(lead).matches() && !shadow.matcher(lead).matches()) {
                    found = p.entity();
                }
            }
        }
        return found;
    }

    /**
     * An organisation written in lower case ("Chinese foreign ministry vows") or by its head noun
     * ("the ministry said"): the one named last before, else first after.
     */
    private Entity describedOrganization(int from, int to) {
        String clause = layout.text.substring(from, to).toLowerCase(Locale.ROOT);
        Entity nounMatch = null;
        for (Entity e : layout.entities) {
            if (!e.type().equals("ORGANIZATION")) {
                continue;
            }
            for (String alias : e.aliases()) {
                if (alias.length() > 3 && wholeWords(clause, alias.toLowerCase(Locale.ROOT))) {
                    return e;
                }
            }
            String[] words = e.name().toLowerCase(Locale.ROOT).split(" ");
            String noun = words[words.length - 1];
            if (words.length > 1 && noun.length() > 3 && wholeWords(clause, "the " + noun)
                    && (nounMatch == null || e.mentions().get(0).start() < from)) {
                nounMatch = e;
            }
        }
        return nounMatch != null ? nounMatch : companyDescribed(clause, to);
    }

    /**
     * "the firm said", "The news and financial data seller said": the organisation the article is most
     * about among those named before the cue (by salience), as a company's description stands for it.
     */
    private Entity companyDescribed(String clause, int before) {
        Matcher m = DESCRIBED_COMPANY.matcher(clause.strip());
        if (!m.find() || !OrganizationWords.isCompanyNoun(m.group(1))) {
            return null;
        }
        Entity best = null;
        for (Entity e : layout.entities) {
            if (e.type().equals("ORGANIZATION") && e.mentions().get(0).start() < before
                    && (best == null || e.salience() > best.salience())) {
                best = e;
            }
        }
        return best;
    }

    private static boolean wholeWords(String haystack, String needle) {
        return WholeWords.of(needle).matcher(haystack).find();
    }
}
