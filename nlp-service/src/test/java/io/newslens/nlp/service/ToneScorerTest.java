package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence tone from the lexicon, on hand-made tokens (lemma = lower-case word unless given). */
class ToneScorerTest {

    @Test
    void hostileWordsMakeANegativeSentenceAndFavourableOnesAPositiveOne() {
        assertThat(tone("the US is hypocritical and a bully")).isLessThan(-0.6);
        assertThat(tone("both sides praised the successful agreement")).isGreaterThan(0.5);
        assertThat(tone("the minister arrived in Paris on Monday")).isZero();
    }

    @Test
    void aNegatorBeforeAWordReversesAndWeakensIt() {
        assertThat(tone("the deal is fair")).isPositive();
        assertThat(tone("the deal is not fair")).isNegative();
        assertThat(tone("the deal is not fair")).isGreaterThan(-tone("the deal is fair"));
        assertThat(tone("it was never a success")).isNegative();
    }

    @Test
    void aCommaEndsTheNegation() {
        assertThat(tone("no doubt , it was a success")).isPositive();
    }

    @Test
    void wordsInsideANameDoNotCount() {
        List<CoreLabel> tokens = tokens("the Freedom Party condemned it");
        boolean[] inName = new boolean[40];
        assertThat(ToneScorer.sentenceTone(tokens, inName).score()).isNegative();
        java.util.Arrays.fill(inName, 18, 27, true); // "condemned" as if it were part of a name
        assertThat(ToneScorer.sentenceTone(tokens, inName).polarWords()).isZero();
    }

    @Test
    void toneStaysBetweenMinusOneAndOne() {
        assertThat(tone("evil evil evil evil evil evil evil evil evil evil evil")).isBetween(-1.0, -0.9);
    }

    private static double tone(String sentence) {
        return ToneScorer.sentenceTone(tokens(sentence), new boolean[0]).score();
    }

    private static List<CoreLabel> tokens(String sentence) {
        List<CoreLabel> tokens = new ArrayList<>();
        int position = 0;
        for (String word : sentence.split(" ")) {
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            token.setLemma(lemma(word));
            token.setBeginPosition(position);
            token.setEndPosition(position + word.length());
            position += word.length() + 1;
            tokens.add(token);
        }
        return tokens;
    }

    private static String lemma(String word) {
        return switch (word) {
            case "praised" -> "praise";
            case "condemned" -> "condemn";
            default -> word.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
