package io.newslens.nlp.service;

import io.newslens.contracts.event.Entity;
import io.newslens.nlp.service.QuoteLayout.Placed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells who said each quotation, as one of the article's entities, from the attribution cues around it
 * ({@link AttributionCues}), looking in this order:
 * <ol>
 *   <li>after the quote, in its sentence: {@code "...," Pompeo said}, {@code said spokeswoman Hua Chunying},
 *       {@code according to Reuters}; a cue ending in a colon introduces the next quote instead;</li>
 *   <li>before it, in its sentence: {@code Zhao says that ...}, {@code a White House spokesman said: "..."};</li>
 *   <li>the speaker of the quote just before, when only spaces separate them;</li>
 *   <li>the sentence before, then the sentence after if no paragraph break comes between
 *       ({@code Pompeo explained ... . "Many of you ..."}), then, for a quotation opening a paragraph, a person's
 *       cue two sentences before when the sentence between names nobody;</li>
 *   <li>the speaker of the quote just before, when nothing but paragraph breaks or the same paragraph
 *       separate them (a quotation carried on over paragraphs), or the quote is in an item of a list.</li>
 * </ol>
 * A quotation right after "so-called" is a term, and one after "cries of" or "chants of" a crowd's: nobody's words; so
 * is a short phrase in quotation marks in a sentence with no cue and no speaker of its own, unless the next sentence
 * closes on a cue ("..., Zhao added."). Who a cue points to is {@link CueSpeaker}'s business. A cue in the quote's own
 * sentence whose subject the article does not name ("The spokesman said: ...") ends the search with no speaker. A
 * quote inside a quote is attributed within the outer one ("President Trump has said 'enough'"), or takes the outer
 * quote's speaker.
 */
final class SpeakerAttributor {

    /**
     * Words that open another clause between a quotation and a later cue; "and" only right before the
     * cue ('as "vacuous" and said'), as it also joins titles ("chairman and chief executive X said").
     */
    private static final Pattern CLAUSE_CONJUNCTION = Pattern.compile(
            "\\b(?:while|whereas|but|although|though|because|after|when|which|who)\\b|\\band\\s*$");
    /** ", he " or ", Mr Milburn ": the subject of a cue set off by a comma. */
    private static final Pattern CLOSING_CUE_SUBJECT =
            Pattern.compile(",\\s*(?:he|she|they|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s+");
    /** What may follow such a cue to its sentence's end: a few words ("in London", "on Saturday"), no comma. */
    private static final Pattern CLOSING_CUE_REST = Pattern.compile("(?:\\s+[\\p{L}\\d'’-]+){0,5}\\s*[.!?]?\\s*");
    /** One to four capitalised words and a space, on one line: a name right before its cue ("King asked"). */
    private static final Pattern NAME_BEFORE_CUE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3} ");
    /** Up to five capitalised words ("Blair Babes", "Whose Secretary are You"): a name or title, not speech. */
    private static final Pattern NAME_LIKE = Pattern.compile(
            "\\p{Lu}[\\p{L}'-]*(?:\\s+(?:\\p{Lu}[\\p{L}'-]*|a|an|the|of|and|are|is|in|on|for|to|you)){0,4}");

    /** "I" or "we" right before a cue inside a quotation: the outer speaker speaks of themselves. */
    private static final Pattern FIRST_PERSON_SUBJECT =
            Pattern.compile("\\b(?:I|we|We)(?:\\s+(?:have|had|also|then|just))*\\s+$");
    /**
     * "so-called", or a crowd's noise before what it called out ('greeted by cries of "Tom, Tom"', 'chants of "..."'):
     * a term or a crowd's words, nobody's that the article names.
     */
    private static final Pattern NOBODYS_WORDS_BEFORE = Pattern.compile("\\b(?:so-called|(?:cries|chants|shouts|calls|"
            + "screams|roars|cheers|jeers|choruses|chorus|strains)\\s+of)\\s+$", Pattern.CASE_INSENSITIVE);
    /**
     * 'she received comments including "Eat something please" and "..."': examples of what anonymous users posted,
     * nobody's words (the quotations after the first follow it through "and" or a comma).
     */
    private static final Pattern POSTS_SUCH_AS = Pattern.compile("\\b(?:comments|messages|posts|tweets|replies)\\s+"
            + "(?:such\\s+as|including|like|reading)\\s+$", Pattern.CASE_INSENSITIVE);
    /** A kind of work right before a quoted name: 'in biopic "Judy."', 'British comedy "Fleabag"', 'the film "Joker"'. */
    private static final Pattern WORK_KIND_BEFORE = Pattern.compile("\\b(?:biopic|film|movie|comedy|drama|thriller|sitcom|"
            + "series|show|documentary|album|song|single|book|novel|memoir|play|musical|programme|program|game|podcast|"
            + "article|essay|poem|titled|entitled)\\s+$");
    /** Someone's part in a work right after its quoted name: '"Parasite" director Bong Joon Ho', '"Mrs Maisel" actress'. */
    private static final Pattern WORK_ROLE_AFTER = Pattern.compile("^\\s+(?:director|actress|actor|creator|star|author|"
            + "writer|producer|co-host|host|presenter|showrunner|composer|singer)\\b");
    /** Between a name and its cue when a quotation just before is the cue's object: "had", "has", "would have". */
    private static final Pattern OBJECT_CUE_GAP = Pattern.compile("\\s+(?:(?:had|has|have|would|will)\\s+)*");
    /** How many words a quoted term in passing may have ({@link #isTermInPassing}). */
    private static final int TERM_WORDS = 3;
    /** A subject pronoun that may stand for a speaker named earlier. */
    private static final Pattern REFERS_BACK = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e)\\b");
    /** After a closing mark: a full stop perhaps, then a dash on the same line or opening the next non-blank one. */
    private static final Pattern SIGNATURE =
            Pattern.compile("[.,]?\\h*(?:\\n\\s*)?(?:--?|[\u2013\u2014\u2015])\\h*(?=\\p{Lu})");
    /** Up to three capitalised words (a title: "President", "Sen.") before the signature's name, or none. */
    private static final Pattern TITLE_WORDS = Pattern.compile("(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}");
    /** What ends a signature's name: its line's end, a comma, a full stop, a bracket or a next quotation mark. */
    private static final Pattern SIGNATURE_END = Pattern.compile("\\h*(?:$|[\\n,.(\u201c\"])", Pattern.MULTILINE);
    /** A line that is an item of a list: "- Compelling ...", "* ...", "• ...". */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-*\u2022]\\s");

    /** How many sentences apart an uncued quotation in a later paragraph may carry on the last one's speaker. */
    private static final int CARRY_ON_SENTENCES = 3;
    /** How far after a quote, in its sentence, its attribution cue may start, in characters. */
    private static final int AFTER_REACH = 160;
    /** The longest line of words before a quotation that may introduce it with a colon on a line of its own. */
    private static final int INTRODUCER_LINE = 120;
    /** "a deal similar to that concluded": a relative pronoun as the subject of a verb that only looks like a cue. */
    private static final Pattern RELATIVE_SUBJECT = Pattern.compile("\\b(?:that|which)\\s+$");
    /**
     * 'Dene said Lowe is "wrong" for saying so': a participle after "for", "of" or "about" is a gerund naming a deed
     * ("blamed for claiming", "accused of saying"); it reports no quotation before it.
     */
    private static final Pattern GERUND_AFTER_QUOTE = Pattern.compile("\\b(?:for|of|about)\\s+\\p{L}+ing$");
    /**
     * '"... exercise" ahead of a general election predicted for next May': a cue word right after the object of a
     * preposition that follows the quotation is a participle describing that object; it reports nothing.
     */
    private static final Pattern OBJECT_OF_PREPOSITION = Pattern.compile("[^\\p{L}\\s]?\\s+(?:ahead\\s+of|before|after|during|for|of|in|"
            + "at|on|with|from|to)\\s+(?:a|an|the|this|that|next|last)\\s+(?:[\\p{Ll}-]+\\s+){0,3}");

    /**
     * A speaker (or null) and the cue as written (or null).
     *
     * @param unnamed the cue's subject is somebody the article does not name: no speaker, and no need to look further
     */
    record Attribution(Entity speaker, String cue, boolean unnamed) {
        static final Attribution NONE = new Attribution(null, null, false);

        /** The speaker a cue names, or, where it names nobody the article knows, an unnamed one. */
        static Attribution orUnnamed(Entity speaker, String cue) {
            return new Attribution(speaker, cue, speaker == null);
        }

        boolean found() {
            return speaker != null;
        }

        boolean settled() {
            return speaker != null || unnamed;
        }
    }

    private final QuoteLayout layout;
    private final CueSpeaker cueSpeaker;

    /**
     * @param sentences {begin, end} character offsets of each sentence, in order
     */
    SpeakerAttributor(String text, List<int[]> sentences, List<QuoteSpan> quotes, List<Entity> entities) {
        this.layout = new QuoteLayout(text, sentences, quotes, entities);
        this.cueSpeaker = new CueSpeaker(layout);
    }

    /** One attribution per quote, in the order of {@code quotes}. */
    List<Attribution> attribute() {
        Map<QuoteSpan, Attribution> byQuote = new HashMap<>();
        Attribution previous = Attribution.NONE;
        QuoteSpan previousQuote = null;
        for (QuoteSpan q : layout.topLevel) {
            Attribution signed = signedAfter(q);
            Attribution a = signed.found() ? signed
                    : NOBODYS_WORDS_BEFORE.matcher(layout.text.substring(Math.max(0, q.open() - 20), q.open())).find()
                    || namesAWork(q) || postedExample(q, previousQuote)
                    ? new Attribution(null, null, true) // 'the so-called "beer-like" drinks', 'cries of "Tom, Tom"'
                    : inOwnSentence(q);
            if (!a.settled() && previous.found() && rightAfter(previousQuote, q)) {
                a = new Attribution(previous.speaker(), null, false); // '"How is it ...?" "How can one ..."'
            }
            if (!a.settled() && isTermInPassing(q)) {
                Attribution closing = closingCueOfNextSentence(q);
                a = closing.found() ? closing : new Attribution(null, null, true);
            }
            if (!a.settled()) {
                a = firstSettled(Attribution.NONE, Attribution.NONE, Attribution.NONE,
                        adjacentSentence(layout.sentenceAt(q.open()) - 1, true), introducedBefore(q),
                        followingSentence(q), reportGoingOn(q), judgedJustBefore(q));
            }
            if (!a.settled() && previous.found()
                    && (continues(previousQuote, q) || inListItem(q) || carriesOn(previousQuote, q, previous.speaker()))) {
                a = new Attribution(previous.speaker(), null, false);
            }
            byQuote.put(q, a);
            previous = a;
            previousQuote = q;
        }
        for (QuoteSpan inner : layout.quotes) {
            if (inner.nested()) {
                QuoteSpan outer = layout.topLevel.stream().filter(o -> o.contains(inner.open())).findFirst().orElse(null);
                Attribution outerSpeaker = outer == null ? Attribution.NONE : byQuote.get(outer);
                Attribution own = outer == null ? Attribution.NONE : insideOuter(inner, outer);
                byQuote.put(inner, own.found() ? own : outerSpeaker);
            }
        }
        return layout.quotes.stream().map(q -> byQuote.getOrDefault(q, Attribution.NONE)).toList();
    }

    private static Attribution firstSettled(Attribution after, Attribution before, Attribution own,
            Attribution... neighbours) {
        if (after.settled()) {
            return after;
        }
        if (before.settled()) {
            return before;
        }
        if (own.settled()) {
            return own;
        }
        for (Attribution a : neighbours) {
            if (a.found()) {
                return a;
            }
        }
        return Attribution.NONE;
    }

    /** Quotations are blanked out, so the cue may lie beyond a further quote ("A" and "B," said X). */
    private Attribution after(QuoteSpan q) {
        if (endsSentence(q)) {
            return Attribution.NONE; // '... journalists." Liam Fox, Tory co-chairman, said ...' is the next sentence
        }
        int end = layout.sentenceEnd(layout.sentenceAt(goesOnInLowerCase(q) || askedByName(q) ? nextNonSpace(q.close()) : q.close() - 1));
        for (AttributionCues.Cue cue : layout.cues(layout.masked, q.close(), end)) {
            if (inDescriptionOfNameAfter(q, cue, end)) {
                continue; // '"...," Jo Bloggs, a resident who tweeted about it, said.': "tweeted" describes her
            }
            if (cue.start() - q.close() > AFTER_REACH || introducesNext(cue)
                    || newClauseBefore(cue) && !closesSentence(cue, end) && !describedNameBefore(q, cue, end)
                    || RELATIVE_SUBJECT.matcher(layout.masked.substring(Math.max(0, cue.start() - 8), cue.start())).find()
                    || GERUND_AFTER_QUOTE.matcher(layout.masked.substring(Math.max(0, cue.start() - 8), cue.end())).find()
                    || OBJECT_OF_PREPOSITION.matcher(layout.masked.substring(q.close(), cue.start())).matches()) {
                return Attribution.NONE;
            }
            return cueSpeaker.at(cue, q.close(), end, null);
        }
        return Attribution.NONE;
    }

    /** What the quotation's own sentence settles: its cue after the quotation, else before it, else its words alone. */
    private Attribution inOwnSentence(QuoteSpan q) {
        Attribution before = before(q);
        return firstSettled(participleOfMainClause(relayed(after(q), before), before), before, ownSentenceOnly(q));
    }

    /**
     * 'Dene said the talks could be "messy," adding, "..."', 'Dene said there is "one candidate," adding that it is why
     * Hale "attacks us"': a participle after the quotation has the subject of its sentence's main clause, whom the cue
     * before the quotation names, not a name after it.
     */
    private static Attribution participleOfMainClause(Attribution after, Attribution before) {
        boolean participle = after.cue() != null && after.cue().toLowerCase(Locale.ROOT).endsWith("ing");
        return participle && before.found() ? before : after;
    }

    /**
     * 'Malaysia said damage will be "significant", Agence France Presse reported.': an outlet reporting after the
     * quotation relays the words of the speaker a cue before it names.
     */
    private static Attribution relayed(Attribution after, Attribution before) {
        boolean reported = after.found() && after.cue() != null && after.cue().equalsIgnoreCase("reported");
        return reported && before.found() ? before : after;
    }

    /**
     * A cue set off by a comma at the end of its sentence ('... as when Labour came to power, he said.'): it reports
     * the whole sentence, whatever clauses come before the comma.
     */
    private boolean closesSentence(AttributionCues.Cue cue, int sentenceEnd) {
        int comma = layout.masked.lastIndexOf(',', cue.start() - 1);
        if (comma < 0) {
            return false;
        }
        String lead = layout.masked.substring(comma, cue.start());
        return CLOSING_CUE_SUBJECT.matcher(lead).matches()
                && CLOSING_CUE_REST.matcher(layout.masked.substring(cue.end(), sentenceEnd)).matches();
    }

    /**
     * '"...," Alberto Shiguematsu, a resident who tweeted about the smoke, said.': a person or organisation right after the
     * quotation, a description between commas, and the cue closing the sentence. The clause in the description ("who")
     * describes the speaker; it opens no other report.
     */
    private boolean describedNameBefore(QuoteSpan q, AttributionCues.Cue cue, int sentenceEnd) {
        String between = betweenNameAfterAndCue(q, cue);
        return between != null && between.startsWith(",") && between.strip().endsWith(",")
                && CLOSING_CUE_REST.matcher(layout.masked.substring(cue.end(), sentenceEnd)).matches();
    }

    /** A cue inside the description set off by a comma after such a name, another cue coming later in the sentence. */
    private boolean inDescriptionOfNameAfter(QuoteSpan q, AttributionCues.Cue cue, int sentenceEnd) {
        String between = betweenNameAfterAndCue(q, cue);
        return between != null && between.startsWith(",") && between.indexOf(',', 1) < 0
                && !layout.cues(layout.masked, cue.end(), sentenceEnd).isEmpty();
    }

    /** The text between a person or organisation written right after the quotation and the cue, or null. */
    private String betweenNameAfterAndCue(QuoteSpan q, AttributionCues.Cue cue) {
        int next = nextNonSpace(q.close());
        Placed name = layout.mentions.stream().filter(p -> p.start() == next && p.end() <= cue.start()
                && (p.isPerson() || p.entity().type().equals("ORGANIZATION"))).findFirst().orElse(null);
        return name == null ? null : layout.masked.substring(name.end(), cue.start());
    }

    /**
     * A conjunction between the last quotation and the cue starts another clause, whose cue is not the
     * quotation's: '... as "desperate", while the Liberal Democrats said it was misdirected'.
     */
    private boolean newClauseBefore(AttributionCues.Cue cue) {
        int from = cue.start();
        while (from > 0 && !layout.inTopLevelQuote(from - 1)) {
            from--;
        }
        return CLAUSE_CONJUNCTION.matcher(layout.masked.substring(from, cue.start())).find();
    }

    /**
     * Where no cue speaks for a quotation in its own sentence, what that sentence alone tells: in a
     * headline, the person or organisation it starts with ("Fox attacks Blair's Tory 'lies'",
     * "Campbell: E-mail row 'silly fuss'"), else the person or organisation the story's first sentence
     * quotes, else nobody; the person or organisation written right before a quoted verb phrase
     * ('Richard Thomas "totally condemned" the deletion') or opening the sentence a few words before a
     * quoted phrase ('The Tories have expressed "serious misgivings"'); nobody for a name or title in
     * quotation marks ('the "Blair Babes"', 'his "Alternative Budget"'), rather than a neighbour's speaker.
     */
    private Attribution ownSentenceOnly(QuoteSpan q) {
        if (QuoteLayout.isHeadline(layout.text, q.open())) {
            Placed first = layout.mentions.stream().filter(p -> layout.visible(p, null)).findFirst().orElse(null);
            boolean leads = first != null && first.end() <= q.open() && layout.text.substring(0, first.start()).isBlank()
                    && (first.isPerson() || first.entity().type().equals("ORGANIZATION"));
            if (leads) {
                return new Attribution(first.entity(), null, false);
            }
            Entity lede = ledeSpeaker();
            return lede != null ? new Attribution(lede, null, false) : new Attribution(null, null, true);
        }
        Placed introducer = colonIntroducer(q);
        if (introducer != null) {
            return new Attribution(introducer.entity(), null, false);
        }
        String words = layout.text.substring(q.start(), q.end());
        if (!words.isEmpty() && Character.isLowerCase(words.charAt(0))) {
            for (Placed p : layout.mentions) {
                if (p.end() <= q.open() && layout.text.substring(p.end(), q.open()).isBlank()
                        && (p.isPerson() || p.entity().type().equals("ORGANIZATION")) && layout.visible(p, null)
                        && cueSpeaker.canBeSubject(p)) { // not 'rather than Whitehall "bureaucrats"'
                    return new Attribution(p.entity(), null, false);
                }
            }
            Placed subject = subjectBefore(q);
            if (subject != null) {
                return new Attribution(subject.entity(), null, false);
            }
        }
        return NAME_LIKE.matcher(words).matches() ? new Attribution(null, null, true) : Attribution.NONE;
    }

    /**
     * The person or organisation the first cue of the story's first sentence points to ("Visa decision
     * 'every 11 minutes'" / "..., MPs have said." / "the Public Accounts Committee found"): a headline
     * without a name gives the words of the story's first speaker. A place is no such speaker.
     */
    private Entity ledeSpeaker() {
        int headlineEnd = layout.text.indexOf('\n');
        for (int[] s : layout.sentences) {
            if (s[0] > headlineEnd && !layout.text.substring(s[0], s[1]).isBlank()) {
                List<AttributionCues.Cue> found = layout.cues(layout.masked, s[0], s[1]);
                Entity speaker = found.isEmpty() ? null : cueSpeaker.at(found.get(0), s[0], s[1], null).speaker();
                return speaker != null && (speaker.type().equals("PERSON") || speaker.type().equals("ORGANIZATION")) ? speaker : null;
            }
        }
        return null;
    }

    /**
     * The person or organisation that opens the quotation's sentence ("The Conservatives have expressed
     * "serious misgivings""), when only a few words, none a name or a comma, separate it from the
     * quotation: the subject whose words a quoted phrase gives, rather than a neighbour's speaker.
     */
    private Placed subjectBefore(QuoteSpan q) {
        int start = layout.sentenceStart(layout.sentenceAt(q.open()));
        List<Placed> inSentence = layout.mentions.stream()
                .filter(p -> p.start() >= start && p.end() <= q.open() && layout.visible(p, null)).toList();
        if (inSentence.isEmpty()) {
            return null;
        }
        // "New York City Mayor Bill de Blasio indicated ... "temporary burials"": the person after a place's title
        Placed titled = personAfterPlacesTitle(inSentence);
        Placed first = titled != null ? titled : inSentence.get(0);
        if (!(first.isPerson() || first.entity().type().equals("ORGANIZATION"))) {
            return null;
        }
        String lead = layout.text.substring(start, inSentence.get(0).start()).strip();
        String between = layout.masked.substring(first.end(), q.open());
        boolean opens = lead.isEmpty() || lead.equals("The") || PersonTitles.isTitle(lead);
        boolean near = between.startsWith(" ") && between.matches("[\\p{L}' -]*") && between.strip().split("\\s+").length <= 6;
        boolean alone = layout.mentions.stream().noneMatch(p -> p.start() >= first.end() && p.end() <= q.open()
                && (p.isPerson() || p.entity().type().equals("ORGANIZATION")));
        return opens && near && alone ? first : null;
    }

    /** The second mention when the first is a place and only a person's title stands between them, else null. */
    private Placed personAfterPlacesTitle(List<Placed> inSentence) {
        if (inSentence.size() < 2 || !inSentence.get(0).entity().type().equals("LOCATION") || !inSentence.get(1).isPerson()) {
            return null;
        }
        String title = layout.text.substring(inSentence.get(0).end(), inSentence.get(1).start()).strip();
        return !title.isEmpty() && PersonTitles.isTitle(title) ? inSentence.get(1) : null;
    }

    /**
     * A quotation introduced by a colon without a cue ("Mr Dean is confident though: "I think ..."", "...
     * began his response with the quip: "..."): who introduces it in the words before it, as below.
     */
    private Placed colonIntroducer(QuoteSpan q) {
        int sentenceStart = layout.sentenceStart(layout.sentenceAt(q.open()));
        Placed introducer = colonIntroducer(sentenceStart, q.open());
        if (introducer != null) {
            return introducer;
        }
        // "Rep. Tom Hale (R-S.C.):" may end a sentence of its own to the sentence splitter: read from the line's start,
        // when the line holds a few words and no quotation before this one
        int lineStart = lineStart(q);
        boolean shortLine = lineStart < sentenceStart && q.open() - lineStart <= INTRODUCER_LINE
                && layout.topLevel.stream().noneMatch(o -> o.open() >= lineStart && o.open() < q.open());
        return shortLine ? colonIntroducer(lineStart, q.open()) : null;
    }

    /**
     * Who introduces the quotation after the words from {@code start} to {@code end}, if they end in a colon: the person
     * who can be their subject, first looked for after their last comma ("When Wallace died in 1998, President Clinton
     * released the following statement:", "In a Fox interview, Trump went further:"), then in all of them
     * ("Representative Lee Zeldin, Republican of New York, gave the technique a whirl with CNN:"); else the first
     * person, else organisation, they name.
     */
    private Placed colonIntroducer(int start, int end) {
        String words = layout.masked.substring(start, end);
        if (!words.strip().endsWith(":")) {
            return null;
        }
        int afterComma = start + words.lastIndexOf(',') + 1;
        List<Placed> in = layout.mentions.stream()
                .filter(p -> p.start() >= start && p.end() <= end && layout.visible(p, null)).toList();
        return in.stream().filter(p -> p.start() >= afterComma && p.isPerson() && cueSpeaker.canBeSubject(p)).findFirst()
                .or(() -> in.stream().filter(p -> p.isPerson() && cueSpeaker.canBeSubject(p)).findFirst())
                .or(() -> in.stream().filter(Placed::isPerson).findFirst())
                .or(() -> in.stream().filter(p -> p.entity().type().equals("ORGANIZATION")).findFirst()).orElse(null);
    }

    /**
     * A quotation opening its sentence right after a sentence that ends in a colon and whose cue, if any, named nobody
     * ("President Clinton released the following statement: / "..."): the words of that sentence's
     * {@link #colonIntroducer}. Tried after that sentence's cue.
     */
    private Attribution introducedBefore(QuoteSpan q) {
        int[] s = sentenceBeforeOpening(q);
        if (s == null || !layout.text.substring(s[1], q.open()).isBlank()) {
            return Attribution.NONE;
        }
        Placed introducer = colonIntroducer(s[0], s[1]);
        return introducer == null ? Attribution.NONE : new Attribution(introducer.entity(), null, false);
    }

    /** The quotation's last sentence ends inside its marks with a full stop, and the text after them starts anew. */
    private boolean endsSentence(QuoteSpan q) {
        int last = q.end() - 1;
        return last >= 0 && layout.text.charAt(last) == '.' && q.close() > q.end() && !goesOnInLowerCase(q);
    }

    /**
     * '... this." he added.': a full stop inside the marks, yet the sentence goes on after them in lower case. The
     * stop stands for a comma, and the cue after the marks is the quotation's (though the sentence splitter
     * may have ended the sentence at the marks).
     */
    private boolean goesOnInLowerCase(QuoteSpan q) {
        int next = nextNonSpace(q.close());
        return next < layout.text.length() && Character.isLowerCase(layout.text.charAt(next));
    }

    /**
     * '"What is it about Joe Biden?" King asked Scott.': a question or exclamation opening its paragraph, then a name
     * and a cue. The splitter ends the sentence at the marks, yet the cue is the quotation's (not so mid-paragraph,
     * after other quotations: '"Why now?" "Why here?" Jo Bloggs said little.').
     */
    private boolean askedByName(QuoteSpan q) {
        int last = q.end() - 1;
        int next = nextNonSpace(q.close());
        if (last < 0 || "?!".indexOf(layout.text.charAt(last)) < 0 || next >= layout.text.length() || lineStart(q) != q.open()) {
            return false;
        }
        Matcher name = NAME_BEFORE_CUE.matcher(layout.masked).region(next, layout.masked.length());
        if (!name.lookingAt()) {
            return false;
        }
        List<AttributionCues.Cue> cues = layout.cues(layout.masked, next, layout.sentenceEnd(layout.sentenceAt(next)));
        return !cues.isEmpty() && cues.get(0).start() == name.end();
    }

    private int nextNonSpace(int from) {
        int i = from;
        while (i < layout.text.length() && layout.text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** "NAO head Sir John Bourn said: ..." speaks the quotation after it, not the one before. */
    private boolean introducesNext(AttributionCues.Cue cue) {
        String rest = layout.masked.substring(cue.end(), Math.min(layout.masked.length(), cue.end() + 3)).strip();
        return rest.startsWith(":");
    }

    /**
     * The nearest cue before the quote in its sentence, other quotations of the sentence blanked out; not one whose
     * object is an earlier quotation of the sentence ('said instead of the "bonfire of quangos" New Labour had promised,
     * there had been an "explosion"': "promised" is New Labour's, the "explosion" Ed Davey's).
     */
    private Attribution before(QuoteSpan q) {
        int from = layout.sentenceStart(layout.sentenceAt(q.open()));
        List<AttributionCues.Cue> found = layout.cues(layout.masked, from, q.open()).stream()
                .filter(c -> !objectOfCue(c, from)).toList();
        return found.isEmpty() ? Attribution.NONE : cueSpeaker.at(found.get(found.size() - 1), from, q.open(), null);
    }

    /** A cue right after a quotation and a name, auxiliaries only between: the quotation is its object. */
    private boolean objectOfCue(AttributionCues.Cue cue, int from) {
        QuoteSpan last = null;
        for (QuoteSpan t : layout.topLevel) {
            if (t.close() <= cue.start() && t.close() >= from) {
                last = t;
            }
        }
        // a phrase quoted inside the sentence ('the "bonfire of quangos" New'), not a spoken sentence ('"...," Wenger said')
        if (last == null || last.end() <= last.start() || !Character.isLetterOrDigit(layout.text.charAt(last.end() - 1))) {
            return false;
        }
        int close = last.close();
        return layout.mentions.stream().anyMatch(p -> p.start() >= close && p.end() <= cue.start()
                && layout.masked.substring(close, p.start()).isBlank()
                && OBJECT_CUE_GAP.matcher(layout.masked.substring(p.end(), cue.start())).matches());
    }

    private Attribution adjacentSentence(int index, boolean last) {
        if (index < 0 || index >= layout.sentences.size()) {
            return Attribution.NONE;
        }
        int[] s = layout.sentences.get(index);
        List<AttributionCues.Cue> found = layout.cues(layout.masked, s[0], s[1]).stream()
                .filter(c -> !c.framesOwnSentenceOnly() && !objectOfCue(c, s[0])).toList();
        if (found.isEmpty() || (!last && introducesNext(found.get(0)))) {
            return Attribution.NONE; // a following "X said:" speaks its own quotation
        }
        return cueSpeaker.at(found.get(last ? found.size() - 1 : 0), s[0], s[1], null);
    }

    /**
     * The cue of the sentence after the quotation, if it is in the same paragraph. A paragraph that starts with a
     * cue starts another report ('... the "preferred choice" of the studio. / On a visit to India, the actor said
     * he hoped ...'): it does not speak for the words before the break.
     */
    private Attribution followingSentence(QuoteSpan q) {
        int next = nextSentenceInParagraph(q);
        return next < 0 ? Attribution.NONE : adjacentSentence(next, false);
    }

    /** The index of the sentence after the quotation's, if no paragraph break comes between; else -1. */
    private int nextSentenceInParagraph(QuoteSpan q) {
        int next = layout.sentenceAt(q.close() - 1) + 1;
        boolean inParagraph = next < layout.sentences.size()
                && layout.text.substring(q.close(), layout.sentenceStart(next)).indexOf('\n') < 0;
        return inParagraph ? next : -1;
    }

    /**
     * The cue of the next sentence in the same paragraph when it closes that sentence after a comma ('... in its
     * devices. No such cases were reported, Zhao added.'): a report of the whole passage.
     */
    private Attribution closingCueOfNextSentence(QuoteSpan q) {
        int next = nextSentenceInParagraph(q);
        if (next < 0) {
            return Attribution.NONE;
        }
        int[] s = layout.sentences.get(next);
        List<AttributionCues.Cue> found = layout.cues(layout.masked, s[0], s[1]);
        if (found.isEmpty() || !closesSentence(found.get(found.size() - 1), s[1])) {
            return Attribution.NONE;
        }
        return cueSpeaker.at(found.get(found.size() - 1), s[0], s[1], null);
    }

    /**
     * For a quotation opening its paragraph, when the sentence before names nobody and has no cue, the last cue of the
     * sentence before that in the same paragraph: a report that goes on for a sentence before the speaker's own words
     * ('Steve Ash told the BBC there are two parts to it. The hardest is to know who people are. / "The end solution
     * is ..."'). Only a person: a body's report is too often somebody else's words.
     */
    private Attribution reportGoingOn(QuoteSpan q) {
        int previous = layout.sentenceAt(q.open()) - 1;
        if (previous < 1 || !layout.text.substring(lineStart(q), q.open()).isBlank()) {
            return Attribution.NONE;
        }
        int[] s = layout.sentences.get(previous);
        int[] before = layout.sentences.get(previous - 1);
        boolean plain = layout.cues(layout.masked, s[0], s[1]).isEmpty()
                && layout.mentions.stream().noneMatch(p -> p.start() >= s[0] && p.end() <= s[1] && p.isPerson())
                && layout.text.substring(before[1], s[0]).indexOf('\n') < 0;
        if (!plain) {
            return Attribution.NONE;
        }
        return personOnly(adjacentSentence(previous - 1, true));
    }

    /**
     * A quotation that is its own sentence, right after a sentence in the same paragraph whose verb frames a judgement
     * and quotes nothing ('But Unison's Dave Prentis criticised the plans. "If you want world class public services
     * ..."'): the words of that judgement's subject, if a person. Frame cues stay out of {@link #adjacentSentence},
     * which would also hand the judge quotations inside the next sentence, often the judged party's reply.
     */
    private Attribution judgedJustBefore(QuoteSpan q) {
        int[] s = sentenceBeforeOpening(q);
        if (s == null) {
            return Attribution.NONE;
        }
        boolean plain = layout.text.substring(s[1], q.open()).indexOf('\n') < 0
                && layout.topLevel.stream().noneMatch(o -> o.open() >= s[0] && o.open() < s[1]);
        List<AttributionCues.Cue> frames = !plain ? List.of() : layout.cues(layout.masked, s[0], s[1]).stream()
                .filter(AttributionCues.Cue::framesOwnSentenceOnly).toList();
        if (frames.isEmpty()) {
            return Attribution.NONE;
        }
        return personOnly(cueSpeaker.at(frames.get(frames.size() - 1), s[0], s[1], null));
    }

    /** {begin, end} of the sentence before the quotation's, when the quotation opens its own sentence; else null. */
    private int[] sentenceBeforeOpening(QuoteSpan q) {
        int own = layout.sentenceAt(q.open());
        if (own < 1 || !layout.text.substring(layout.sentenceStart(own), q.open()).isBlank()) {
            return null;
        }
        return layout.sentences.get(own - 1);
    }

    /** The attribution if it found a person, else none: for rules where a body's report is often another's words. */
    private static Attribution personOnly(Attribution a) {
        return a.found() && a.speaker().type().equals("PERSON") ? a : Attribution.NONE;
    }

    /**
     * A word or short phrase in quotation marks inside a sentence that has no cue and names no person or organisation
     * before it, nor refers back to one ("he", "it", "they"): a term or label ('online gaming is spoiled by "lag"', 'a
     * high "churn rate"'), which the neighbouring sentences' speakers did not say. Longer quotations, ones opening their
     * sentence and items of a list may still go on a neighbour's report.
     */
    private boolean isTermInPassing(QuoteSpan q) {
        int start = layout.sentenceStart(layout.sentenceAt(q.open()));
        String lead = layout.masked.substring(start, q.open());
        String words = layout.text.substring(q.start(), q.end()).strip();
        boolean named = layout.mentions.stream().anyMatch(p -> p.start() >= start && p.end() <= q.open()
                && (p.isPerson() || p.entity().type().equals("ORGANIZATION")) && layout.visible(p, null));
        return words.split("\\s+").length <= TERM_WORDS && lead.chars().anyMatch(Character::isLetter) && !named
                && !REFERS_BACK.matcher(lead).find() && !inListItem(q);
    }

    /**
     * The title of a film, show or book in quotation marks, known by the kind of work written before it or someone's
     * part in it written after: nobody's words, though a cue in its sentence speaks of it ('"Mrs Maisel" actress Alex
     * Borstein said the prize should have gone to comedy "Fleabag."').
     */
    private boolean namesAWork(QuoteSpan q) {
        String words = layout.text.substring(q.start(), q.end()).strip().replaceAll("[.,!?]$", "");
        if (!NAME_LIKE.matcher(words).matches()) {
            return false;
        }
        String before = layout.text.substring(Math.max(0, q.open() - 20), q.open());
        String after = layout.text.substring(q.close(), Math.min(layout.text.length(), q.close() + 20));
        return WORK_KIND_BEFORE.matcher(before).find() || WORK_ROLE_AFTER.matcher(after).find();
    }

    /** A quotation after "comments such as", or after "and" or a comma following such a quotation. */
    private boolean postedExample(QuoteSpan q, QuoteSpan previous) {
        String before = layout.text.substring(Math.max(0, q.open() - 40), q.open());
        if (POSTS_SUCH_AS.matcher(before).find()) {
            return true;
        }
        return previous != null && previous.close() <= q.open()
                && layout.text.substring(previous.close(), q.open()).matches("\\s*(?:,|and|,\\s*and|or)\\s*")
                && postedExample(previous, null);
    }

    /**
     * A quotation signed with a dash and a name, on its own line or right after the closing mark, as fact checks,
     * readers' panels and quote collections write them ('"Taxes will rise for all of us." / - Ann Dene.', '"We
     * deserve better." ― Tom Hale'): the named person or organisation, titles before the name allowed
     * ("-Senator Jo Lowe, speaking on Monday."). The quotation must fill its line, but for the dash and name after it:
     * a quotation inside a sentence that a dash and a name follow ('... "still the largest party."--Kim Lee.') has a byline.
     */
    private Attribution signedAfter(QuoteSpan q) {
        Matcher signature = SIGNATURE.matcher(layout.text).region(q.close(), layout.text.length());
        if (!layout.text.substring(lineStart(q), q.open()).isBlank() || !signature.lookingAt()) {
            return Attribution.NONE;
        }
        int nameStart = signature.end();
        return layout.mentions.stream()
                .filter(p -> p.start() >= nameStart && (p.isPerson() || p.entity().type().equals("ORGANIZATION"))
                        && TITLE_WORDS.matcher(layout.text.substring(nameStart, p.start())).matches()
                        && SIGNATURE_END.matcher(layout.text).region(p.end(), layout.text.length()).lookingAt())
                .findFirst().map(p -> new Attribution(p.entity(), null, false)).orElse(Attribution.NONE);
    }

    /** Where the line (paragraph) that the quotation opens in starts. */
    private int lineStart(QuoteSpan q) {
        return layout.text.lastIndexOf('\n', q.open() - 1) + 1;
    }

    /** A nested quote's own cue, before it inside the outer quote ("President Trump has said 'enough'"). */
    private Attribution insideOuter(QuoteSpan inner, QuoteSpan outer) {
        List<QuoteSpan> siblings = layout.quotes.stream().filter(n -> n.nested() && outer.contains(n.open())).toList();
        String maskedInside = QuoteLayout.blank(layout.text, siblings);
        int from = outer.start();
        for (QuoteSpan s : siblings) {
            if (s.close() <= inner.open()) {
                from = Math.max(from, s.close());
            }
        }
        List<AttributionCues.Cue> found = layout.cues(maskedInside, from, inner.open());
        if (found.isEmpty()) {
            return Attribution.NONE;
        }
        AttributionCues.Cue cue = found.get(found.size() - 1);
        if (FIRST_PERSON_SUBJECT.matcher(maskedInside.substring(from, cue.start())).find()) {
            return Attribution.NONE; // "... and I said to myself 'if you're ...'": the outer quote's speaker's words
        }
        return cueSpeaker.at(cue, from, inner.open(), outer);
    }

    /**
     * A quotation in an item of a list, with no cue of its own: a report's recommendations listed after
     * its author's words ("... ," he says. / - Compelling "failing and rogue states" ...) are the author's.
     */
    private boolean inListItem(QuoteSpan q) {
        return LIST_ITEM.matcher(layout.text.substring(lineStart(q), q.open())).find();
    }

    /** Only spaces between them, in one paragraph: one speaker's quotations written one after another. */
    private boolean rightAfter(QuoteSpan previous, QuoteSpan q) {
        return previous != null && layout.text.substring(previous.close(), q.open()).matches("[ \\t]*");
    }

    /**
     * A quotation opening a sentence of a later paragraph, with no cue of its own or between, where the text
     * since the last one has no cue and no other person opening a sentence, within {@value #CARRY_ON_SENTENCES}
     * sentences: an interview's next answer ("... ," says Mr Dean. The restoration ... revealed some items too. / "There
     * are scans ..."). A person named inside a sentence ("sessions with Johnston McEvoy") is who it is about.
     */
    private boolean carriesOn(QuoteSpan previous, QuoteSpan q, Entity speaker) {
        int first = layout.sentenceAt(previous.close() - 1);
        int last = layout.sentenceAt(q.open());
        if (!layout.text.substring(layout.sentenceStart(last), q.open()).isBlank()) {
            return false; // a quoted phrase within a sentence ('believe ... "natural differences"') is no answer
        }
        // from the end of the last quotation's sentence: its own cue ('..." explains Mr Dean.') may follow it
        int since = Math.max(previous.close(), layout.sentenceEnd(first));
        if (last - first > CARRY_ON_SENTENCES || !layout.cues(layout.masked, since, q.open()).isEmpty()) {
            return false;
        }
        for (int i = first + 1; i < last; i++) {
            int start = layout.sentenceStart(i);
            Placed opening = layout.firstMentionIn(i);
            if (opening != null && opening.isPerson() && !opening.entity().id().equals(speaker.id())
                    && layout.text.substring(start, opening.start()).strip().matches("(?:\\p{Lu}\\p{L}{0,3}\\.?)?")) {
                return false;
            }
        }
        return true;
    }

    /** Nothing but white space between them, or the same paragraph. */
    private boolean continues(QuoteSpan previous, QuoteSpan q) {
        String between = layout.text.substring(previous.close(), q.open());
        return between.isBlank() || between.indexOf('\n') < 0;
    }
}
