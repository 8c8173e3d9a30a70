package io.newslens.nlp.service;

import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import io.newslens.contracts.event.Quote;
import io.newslens.contracts.event.SpeakerRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The article's direct quotations ({@link QuoteFinder}) with their speakers ({@link SpeakerAttributor}), the entities
 * inside them and what they are about ({@link QuoteTopics}).
 */
final class QuoteExtractor {

    private QuoteExtractor() {
    }

    /**
     * @param sentences {begin, end} character offsets of the sentences, in order
     * @param entities  the article's canonical entities; speakers are chosen among them
     */
    static List<Quote> extract(String text, List<int[]> sentences, List<Entity> entities) {
        List<QuoteSpan> spans = QuoteFinder.find(text);
        List<SpeakerAttributor.Attribution> attributions =
                new SpeakerAttributor(text, sentences, spans, entities).attribute();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan span = spans.get(i);
            SpeakerAttributor.Attribution a = attributions.get(i);
            SpeakerRef speaker = a.speaker() == null ? null : new SpeakerRef(a.speaker().id(), a.speaker().name());
            List<String> inside = mentionedWithin(span, entities);
            quotes.add(new Quote(text.substring(span.start(), span.end()), span.start(), span.end(), speaker,
                    speaker == null ? null : a.cue(), inside,
                    QuoteTopics.about(text, span, sentences, entities, a.speaker(), inside)));
        }
        return quotes;
    }

    private static List<String> mentionedWithin(QuoteSpan span, List<Entity> entities) {
        Set<String> ids = new LinkedHashSet<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() >= span.start() && m.end() <= span.end()) {
                    ids.add(e.id());
                }
            }
        }
        return List.copyOf(ids);
    }
}
