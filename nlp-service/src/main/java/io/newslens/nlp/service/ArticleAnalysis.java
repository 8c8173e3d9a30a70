package io.newslens.nlp.service;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Quote;
import java.util.List;

/**
 * What newslens reads in one annotated text: canonical entities and attributed quotations.
 * Pure computation over CoreNLP's tokens, sentences and entity mentions; no I/O.
 */
record ArticleAnalysis(List<Entity> entities, List<Quote> quotes) {

    static final ArticleAnalysis EMPTY = new ArticleAnalysis(List.of(), List.of());

    static ArticleAnalysis of(CoreDocument document) {
        String text = document.text();
        List<NamedMention> mentions = MentionCleaner.clean(MentionFinder.find(document), text);
        List<Entity> entities = EntityGrouper.group(mentions, text);
        List<int[]> sentences = document.sentences().stream().map(ArticleAnalysis::offsets).toList();
        return new ArticleAnalysis(entities, QuoteExtractor.extract(text, sentences, entities));
    }

    private static int[] offsets(CoreSentence sentence) {
        return new int[] {sentence.charOffsets().first(), sentence.charOffsets().second()};
    }
}
