package io.newslens.nlp.service;

import io.newslens.contracts.event.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells who said each quotation, as one of the article's entities, from the attribution cues around it
 * ({@link AttributionCues}), looking in this order:
 * <ol>
 *   <li>after the quote, in its sentence: {@code "...," Pompeo said}, {@code said spokeswoman Hua Chunying},
 *       {@code according to Reuters}; a cue ending in a colon introduces the next quote instead;</li>
 *   <li>before it, in its sentence: {@code Zhao says that ...}, {@code a White House spokesman said: "..."};</li>
 *   <li>the sentence before, then the sentence after ({@code Pompeo explained ... . "Many of you ..."});</li>
 *   <li>the speaker of the quote just before, when nothing but paragraph breaks or the same paragraph
 *       separate them (a quotation carried on over paragraphs).</li>
 * </ol>
 * Who a cue points to is {@link CueSpeaker}'s business. A cue in the quote's own sentence whose subject
 * the article does not name ("The spokesman said: ...") ends the search with no speaker. A quote inside a
 * quote is attributed within the outer one ("President Trump has said 'enough'"), or takes the outer
 * quote's speaker.
 */
final class SpeakerAttributor {

    /** How far after a quote, in its sentence, its attribution cue may start, in characters. */
    private static final int AFTER_REACH = 160;

    /**
     * A speaker (or null) and the cue as written (or null).
     *
     * @param unnamed the cue's subject is somebody the article does not name: no speaker, and no need to look further
     */
    record Attribution(Entity speaker, String cue, boolean unnamed) {
        static final Attribution NONE = new Attribution(null, null, false);

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
            Attribution a = firstSettled(after(q), before(q),
                    adjacentSentence(layout.sentenceAt(q.open()) - 1, true),
                    adjacentSentence(layout.sentenceAt(q.close() - 1) + 1, false));
            if (!a.settled() && previous.found() && continues(previousQuote, q)) {
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

    private static Attribution firstSettled(Attribution after, Attribution before, Attribution... neighbours) {
        if (after.settled()) {
            return after;
        }
        if (before.settled()) {
            return before;
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
        int end = layout.sentenceEnd(layout.sentenceAt(q.close() - 1));
        for (AttributionCues.Cue cue : layout.cues(layout.masked, q.close(), end)) {
            if (cue.start() - q.close() > AFTER_REACH || introducesNext(cue)) {
                return Attribution.NONE;
            }
            return cueSpeaker.at(cue, q.close(), end, null);
        }
        return Attribution.NONE;
    }

    /** The quotation's last sentence ends inside its marks with a full stop. */
    private boolean endsSentence(QuoteSpan q) {
        int last = q.end() - 1;
        return last >= 0 && layout.text.charAt(last) == '.' && q.close() > q.end();
    }

    /** "NAO head Sir John Bourn said: ..." speaks the quotation after it, not the one before. */
    private boolean introducesNext(AttributionCues.Cue cue) {
        String rest = layout.masked.substring(cue.end(), Math.min(layout.masked.length(), cue.end() + 3)).strip();
        return rest.startsWith(":");
    }

    /** The nearest cue before the quote in its sentence, other quotations of the sentence blanked out. */
    private Attribution before(QuoteSpan q) {
        int from = layout.sentenceStart(layout.sentenceAt(q.open()));
        List<AttributionCues.Cue> found = layout.cues(layout.masked, from, q.open());
        return found.isEmpty() ? Attribution.NONE : cueSpeaker.at(found.get(found.size() - 1), from, q.open(), null);
    }

    private Attribution adjacentSentence(int index, boolean last) {
        if (index < 0 || index >= layout.sentences.size()) {
            return Attribution.NONE;
        }
        int[] s = layout.sentences.get(index);
        List<AttributionCues.Cue> found = layout.cues(layout.masked, s[0], s[1]);
        if (found.isEmpty() || (!last && introducesNext(found.get(0)))) {
            return Attribution.NONE; // a following "X said:" speaks its own quotation
        }
        return cueSpeaker.at(found.get(last ? found.size() - 1 : 0), s[0], s[1], null);
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
        return found.isEmpty() ? Attribution.NONE : cueSpeaker.at(found.get(found.size() - 1), from, inner.open(), outer);
    }

    /** Nothing but white space between them, or the same paragraph. */
    private boolean continues(QuoteSpan previous, QuoteSpan q) {
        String between = layout.text.substring(previous.close(), q.open());
        return between.isBlank() || between.indexOf('\n') < 0;
    }
}
