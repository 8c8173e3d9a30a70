package io.newslens.nlp.service;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.List;
import java.util.Locale;

/**
 * The sizes a tokenized text must keep to before the taggers see it. Checked between sentence splitting and
 * tagging because CoreNLP itself does not bound them: past them its cost grows faster than the text (quadratic
 * in a token's length) until a worker runs for minutes or the heap runs out. Measured in
 * docs/reliability.md ("Poison article").
 */
record AnnotationLimits(int maxTokenChars, int maxSentenceTokens) {

    /** @throws TextNotAnnotatable naming the first sentence or token over its limit */
    void check(CoreDocument document) {
        List<CoreSentence> sentences = document.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).tokens();
            if (tokens.size() > maxSentenceTokens) {
                throw new TextNotAnnotatable(String.format(Locale.ROOT,
                        "sentence %d has %,d tokens, over the limit of %,d (newslens.nlp.max-sentence-tokens)",
                        s + 1, tokens.size(), maxSentenceTokens));
            }
            for (CoreLabel token : tokens) {
                if (token.word().length() > maxTokenChars) {
                    throw new TextNotAnnotatable(String.format(Locale.ROOT,
                            "a token of %,d characters at offset %d, over the limit of %,d (newslens.nlp.max-token-chars)",
                            token.word().length(), token.beginPosition(), maxTokenChars));
                }
            }
        }
    }
}
