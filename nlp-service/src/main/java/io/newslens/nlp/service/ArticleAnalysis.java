package io.newslens.nlp.service;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.newslens.contracts.event.Amount;
import io.newslens.contracts.event.DateMention;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Keyword;
import io.newslens.contracts.event.Quote;
import io.newslens.contracts.event.Tone;
import java.util.List;

/**
 * What newslens reads in one annotated text: canonical entities, attributed quotations, dates, money
 * amounts, key phrases and tone. Pure computation over CoreNLP's tokens, sentences and entity
 * mentions; no I/O.
 */
record ArticleAnalysis(List<Entity> entities, List<Quote> quotes, List<DateMention> dates, List<Amount> amounts,
        List<Keyword> keywords, Tone tone) {

    /** The stages timed here, in order ({@code newslens_nlp_stage_seconds{stage}}); CoreNLP's come before them. */
    static final List<String> STAGES = List.of("entities", "quotes", "dates", "amounts", "keywords", "tone");

    static final ArticleAnalysis EMPTY =
            new ArticleAnalysis(List.of(), List.of(), List.of(), List.of(), List.of(), Tone.NEUTRAL);

    /** Reads {@code document}, timing each of {@link #STAGES} in {@code metrics}. */
    static ArticleAnalysis of(CoreDocument document, NlpMetrics metrics) {
        String text = document.text();
        List<Entity> entities = metrics.stage("entities", () -> {
            boolean teamSport = SportsClubs.teamSport(text); // read once: finding and typing mentions both ask
            return EntityGrouper.group(OrganizationTyping.apply(
                    MentionCleaner.clean(MentionFinder.find(document, teamSport), text), text, teamSport), text);
        });
        List<Quote> quotes = metrics.stage("quotes", () -> QuoteExtractor.extract(text,
                document.sentences().stream().map(ArticleAnalysis::offsets).toList(), entities));
        List<DateMention> dates = metrics.stage("dates", () -> DateFinder.find(document));
        List<Amount> amounts = metrics.stage("amounts", () -> AmountFinder.find(text));
        List<Keyword> keywords = metrics.stage("keywords", () -> KeywordExtractor.extract(document));
        Tone tone = metrics.stage("tone", () -> ToneScorer.score(document, entities));
        return new ArticleAnalysis(entities, quotes, dates, amounts, keywords, tone);
    }

    private static int[] offsets(CoreSentence sentence) {
        return new int[] {sentence.charOffsets().first(), sentence.charOffsets().second()};
    }
}
