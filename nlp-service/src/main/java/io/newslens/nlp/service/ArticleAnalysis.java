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

    static final ArticleAnalysis EMPTY =
            new ArticleAnalysis(List.of(), List.of(), List.of(), List.of(), List.of(), Tone.NEUTRAL);

    static ArticleAnalysis of(CoreDocument document) {
        String text = document.text();
        List<NamedMention> mentions = OrganizationTyping.apply(MentionCleaner.clean(MentionFinder.find(document), text), text);
        List<Entity> entities = EntityGrouper.group(mentions, text);
        List<int[]> sentences = document.sentences().stream().map(ArticleAnalysis::offsets).toList();
        List<Quote> quotes = QuoteExtractor.extract(text, sentences, entities);
        return new ArticleAnalysis(entities, quotes, DateFinder.find(document), AmountFinder.find(text),
                KeywordExtractor.extract(document), ToneScorer.score(document, entities));
    }

    private static int[] offsets(CoreSentence sentence) {
        return new int[] {sentence.charOffsets().first(), sentence.charOffsets().second()};
    }
}
