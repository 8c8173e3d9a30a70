package io.newslens.nlp.service;

import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import java.util.ArrayList;
import java.util.Comparator;
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
 *       {@code according to Reuters};</li>
 *   <li>before it, in its sentence: {@code Zhao says that ...}, {@code a White House spokesman said: "..."};</li>
 *   <li>the sentence before, then the sentence after ({@code Pompeo explained ... . "Many of you ..."});</li>
 *   <li>the speaker of the quote just before, when nothing but paragraph breaks or the same paragraph
 *       separate them (a quotation carried on over paragraphs).</li>
 * </ol>
 * At a cue the speaker is the nearest person named in its clause, else a pronoun ("he said") resolved to
 * the last person named before it outside quotations, else an organisation or place named there or
 * described by its common noun ("the ministry said"). A quote inside a quote is attributed within the
 * outer one ("President Trump has said 'enough'"), or takes the outer quote's speaker.
 */
final class SpeakerAttributor {

    /** How far after a quote, in its sentence, its attribution cue may start, in characters. */
    private static final int AFTER_REACH = 160;
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");

    /** A speaker (or null) and the cue as written (or null). */
    record Attribution(Entity speaker, String cue) {
        static final Attribution NONE = new Attribution(null, null);

        boolean found() {
            return speaker != null;
        }
    }

    private record Placed(int start, int end, Entity entity) {
    }

    private final String text;
    private final String masked;
    private final List<int[]> sentences;
    private final List<QuoteSpan> quotes;
    private final List<QuoteSpan> topLevel;
    private final List<Placed> mentions = new ArrayList<>();
    private final List<Entity> entities;

    /**
     * @param sentences {begin, end} character offsets of each sentence, in order
     */
    SpeakerAttributor(String text, List<int[]> sentences, List<QuoteSpan> quotes, List<Entity> entities) {
        this.text = text;
        this.sentences = sentences;
        this.quotes = quotes;
        this.entities = entities;
        this.topLevel = quotes.stream().filter(q -> !q.nested()).toList();
        this.masked = blank(text, topLevel);
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                mentions.add(new Placed(m.start(), m.end(), e));
            }
        }
        mentions.sort(Comparator.comparingInt(Placed::start));
    }

    /** One attribution per quote, in the order of {@code quotes}. */
    List<Attribution> attribute() {
        Map<QuoteSpan, Attribution> byQuote = new HashMap<>();
        Attribution previous = Attribution.NONE;
        QuoteSpan previousQuote = null;
        for (int k = 0; k < topLevel.size(); k++) {
            QuoteSpan q = topLevel.get(k);
            int prevClose = k > 0 ? topLevel.get(k - 1).close() : 0;
            Attribution a = firstFound(after(q), before(q, prevClose),
                    adjacentSentence(sentenceAt(q.open()) - 1, true), adjacentSentence(sentenceAt(q.close() - 1) + 1, false));
            if (!a.found() && previous.found() && continues(previousQuote, q)) {
                a = new Attribution(previous.speaker(), null);
            }
            byQuote.put(q, a);
            previous = a;
            previousQuote = q;
        }
        for (QuoteSpan inner : quotes) {
            if (inner.nested()) {
                QuoteSpan outer = topLevel.stream().filter(o -> o.contains(inner.open())).findFirst().orElse(null);
                Attribution outerSpeaker = outer == null ? Attribution.NONE : byQuote.get(outer);
                Attribution own = outer == null ? Attribution.NONE : insideOuter(inner, outer);
                byQuote.put(inner, own.found() ? own : outerSpeaker);
            }
        }
        return quotes.stream().map(q -> byQuote.getOrDefault(q, Attribution.NONE)).toList();
    }

    private static Attribution firstFound(Attribution... candidates) {
        for (Attribution a : candidates) {
            if (a.found()) {
                return a;
            }
        }
        return Attribution.NONE;
    }

    /** Quotations are blanked out, so the cue may lie beyond a further quote ("A" and "B," said X). */
    private Attribution after(QuoteSpan q) {
        int end = sentenceEnd(sentenceAt(q.close() - 1));
        for (AttributionCues.Cue cue : cues(masked, q.close(), end)) {
            if (cue.start() - q.close() <= AFTER_REACH) {
                return speakerAt(cue, q.close(), end, null);
            }
        }
        return Attribution.NONE;
    }

    private Attribution before(QuoteSpan q, int prevClose) {
        int sentence = sentenceAt(q.open());
        int from = Math.max(sentence < 0 ? 0 : sentences.get(sentence)[0], prevClose);
        List<AttributionCues.Cue> found = cues(masked, from, q.open());
        return found.isEmpty() ? Attribution.NONE : speakerAt(found.get(found.size() - 1), from, q.open(), null);
    }

    private Attribution adjacentSentence(int index, boolean last) {
        if (index < 0 || index >= sentences.size()) {
            return Attribution.NONE;
        }
        int[] s = sentences.get(index);
        List<AttributionCues.Cue> found = cues(masked, s[0], s[1]);
        if (found.isEmpty()) {
            return Attribution.NONE;
        }
        return speakerAt(found.get(last ? found.size() - 1 : 0), s[0], s[1], null);
    }

    /** A nested quote's own cue, before it inside the outer quote ("President Trump has said 'enough'"). */
    private Attribution insideOuter(QuoteSpan inner, QuoteSpan outer) {
        List<QuoteSpan> siblings = quotes.stream().filter(n -> n.nested() && outer.contains(n.open())).toList();
        String maskedInside = blank(text, siblings);
        int from = outer.start();
        for (QuoteSpan s : siblings) {
            if (s.close() <= inner.open()) {
                from = Math.max(from, s.close());
            }
        }
        List<AttributionCues.Cue> found = cues(maskedInside, from, inner.open());
        return found.isEmpty() ? Attribution.NONE : speakerAt(found.get(found.size() - 1), from, inner.open(), outer);
    }

    /** Nothing but white space between them, or the same paragraph. */
    private boolean continues(QuoteSpan previous, QuoteSpan q) {
        String between = text.substring(previous.close(), q.open());
        return between.isBlank() || between.indexOf('\n') < 0;
    }

    /**
     * The speaker a cue points to, within {@code [from, to)}.
     *
     * @param inside a quote whose named entities may be speakers (for quotes within it), or null
     */
    private Attribution speakerAt(AttributionCues.Cue cue, int from, int to, QuoteSpan inside) {
        String cueText = cue.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (cue.isAccordingTo()) {
            Entity source = first(cue.end(), clauseEnd(cue.end(), to), inside, false);
            return new Attribution(source, cueText);
        }
        int clauseStart = clauseStart(from, cue.start());
        Entity speaker = nearestSpeaker(clauseStart, cue.start(), inside);
        if (speaker == null && text.substring(clauseStart, cue.start()).replaceAll("[\\s,;:”\"’'—–-]", "").isEmpty()) {
            // Inverted: "..., said Foreign Ministry spokeswoman Hua Chunying."
            speaker = first(cue.end(), clauseEnd(cue.end(), to), inside, true);
            if (speaker == null) {
                speaker = first(cue.end(), clauseEnd(cue.end(), to), inside, false);
            }
        }
        if (speaker == null && clauseStart > from) {
            speaker = nearestSpeaker(from, cue.start(), inside);
        }
        return speaker == null ? new Attribution(null, cueText) : new Attribution(speaker, cueText);
    }

    /** Person, then pronoun, then named or described organisation, then place, nearest the cue first. */
    private Entity nearestSpeaker(int from, int to, QuoteSpan inside) {
        Placed person = null;
        Placed other = null;
        for (Placed p : mentions) {
            if (p.start() >= from && p.end() <= to && visible(p, inside)) {
                String type = p.entity().type();
                if (type.equals("PERSON")) {
                    person = p;
                } else if (type.equals("ORGANIZATION") || type.equals("LOCATION")) {
                    other = p;
                }
            }
        }
        if (person != null) {
            return person.entity();
        }
        Entity pronoun = pronounIn(from, to);
        if (pronoun != null) {
            return pronoun;
        }
        Entity described = describedOrganization(from, to);
        if (described != null) {
            return described;
        }
        return other == null ? null : other.entity();
    }

    /** The first person (or, if {@code personOnly} is false, any person, organisation or place) in the range. */
    private Entity first(int from, int to, QuoteSpan inside, boolean personOnly) {
        for (Placed p : mentions) {
            if (p.start() >= from && p.end() <= to && visible(p, inside)) {
                String type = p.entity().type();
                if (type.equals("PERSON") || (!personOnly && (type.equals("ORGANIZATION") || type.equals("LOCATION")))) {
                    return p.entity();
                }
            }
        }
        return null;
    }

    /** "he" or "she" in the range: the last person named before it, outside quotations. */
    private Entity pronounIn(int from, int to) {
        Matcher m = PRONOUN.matcher(masked).region(from, to);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        if (at < 0) {
            return null;
        }
        Entity last = null;
        for (Placed p : mentions) {
            if (p.end() <= at && p.entity().type().equals("PERSON") && visible(p, null)) {
                last = p.entity();
            }
        }
        return last;
    }

    /**
     * An organisation written in lower case ("Chinese foreign ministry vows") or by its head noun
     * ("the ministry said"): the one named last before, else first after.
     */
    private Entity describedOrganization(int from, int to) {
        String clause = text.substring(from, to).toLowerCase(Locale.ROOT);
        Entity nounMatch = null;
        for (Entity e : entities) {
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
        return nounMatch;
    }

    private static boolean wholeWords(String haystack, String needle) {
        return Pattern.compile("\\b" + Pattern.quote(needle) + "\\b").matcher(haystack).find();
    }

    /** Mentions inside a quotation do not speak it, except for quotes within that quotation. */
    private boolean visible(Placed p, QuoteSpan inside) {
        if (inside != null && inside.contains(p.start())) {
            return true;
        }
        for (QuoteSpan q : topLevel) {
            if (q.contains(p.start())) {
                return false;
            }
        }
        return true;
    }

    private List<AttributionCues.Cue> cues(String in, int from, int to) {
        List<AttributionCues.Cue> found = new ArrayList<>();
        if (from >= to) {
            return found;
        }
        for (AttributionCues.Cue c : AttributionCues.find(in, from, to)) {
            boolean inName = mentions.stream().anyMatch(p -> c.start() < p.end() && p.start() < c.end());
            if (!inName) {
                found.add(c);
            }
        }
        return found;
    }

    /** After the last comma, semicolon, colon or quotation before the cue. */
    private int clauseStart(int from, int cueStart) {
        for (int i = cueStart - 1; i >= from; i--) {
            char c = masked.charAt(i);
            if (c == ',' || c == ';' || c == ':' || inTopLevelQuote(i)) {
                return i + 1;
            }
        }
        return from;
    }

    private boolean inTopLevelQuote(int position) {
        for (QuoteSpan q : topLevel) {
            if (q.contains(position)) {
                return true;
            }
        }
        return false;
    }

    private int clauseEnd(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = masked.charAt(i);
            if (c == ',' || c == ';' || c == ':' || (c == '.' && (i + 1 >= to || Character.isWhitespace(masked.charAt(i + 1))))) {
                return i + 1;
            }
        }
        return to;
    }

    private int sentenceAt(int position) {
        for (int i = 0; i < sentences.size(); i++) {
            if (position < sentences.get(i)[1]) {
                return position >= sentences.get(i)[0] ? i : Math.max(i - 1, 0);
            }
        }
        return sentences.size() - 1;
    }

    private int sentenceEnd(int index) {
        return index < 0 ? text.length() : sentences.get(index)[1];
    }

    /** The text with the given quotations (marks included) turned into spaces, offsets unchanged. */
    private static String blank(String text, List<QuoteSpan> spans) {
        StringBuilder b = new StringBuilder(text);
        for (QuoteSpan q : spans) {
            for (int i = q.open(); i < q.close(); i++) {
                if (b.charAt(i) != '\n') {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }
}
