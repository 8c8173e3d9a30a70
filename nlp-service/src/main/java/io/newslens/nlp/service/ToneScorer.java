package io.newslens.nlp.service;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.EntityTone;
import io.newslens.contracts.event.Mention;
import io.newslens.contracts.event.Tone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tone by lexicon, not by CoreNLP's sentiment model (trained on film reviews, it scores the most
 * hostile seed article as the most positive). Each sentence sums the polarity of its lemmas from
 * {@link ToneLexicon}; a word up to three tokens after a negator counts -0.5 times its polarity ("not
 * fair"); words inside entity names are skipped ("Liberal Democrats", "Freedom Party"). Quoted words
 * count fully: halving them (the outlet's own voice against what it reports) blurred the seeds' order
 * (docs/nlp.md). The sum s
 * becomes s / sqrt(s² + 15), in -1..1 (as VADER does). The document's tone is the mean over its
 * sentences that have any polar word (neutral reporting neither softens nor sharpens the tone of the
 * rest); an entity's is the mean over all the sentences that mention it. Method and limits: docs/nlp.md.
 */
final class ToneScorer {

    private static final double ALPHA = 15;
    private static final int NEGATION_WINDOW = 3;

    private ToneScorer() {
    }

    static Tone score(CoreDocument document, List<Entity> entities) {
        List<CoreSentence> sentences = document.sentences();
        if (sentences.isEmpty()) {
            return Tone.NEUTRAL;
        }
        boolean[] inName = namePositions(document.text().length(), entities);
        double[] tones = new double[sentences.size()];
        double sum = 0;
        int polar = 0;
        for (int i = 0; i < tones.length; i++) {
            SentenceTone tone = sentenceTone(sentences.get(i).tokens(), inName);
            tones[i] = tone.score();
            if (tone.polarWords() > 0) {
                sum += tone.score();
                polar++;
            }
        }
        List<EntityTone> perEntity = new ArrayList<>();
        for (Entity entity : entities) {
            int count = 0;
            double total = 0;
            for (int i = 0; i < tones.length; i++) {
                if (mentions(entity, sentences.get(i))) {
                    count++;
                    total += tones[i];
                }
            }
            if (count > 0) {
                perEntity.add(new EntityTone(entity.id(), round(total / count), count));
            }
        }
        return new Tone(polar == 0 ? 0 : round(sum / polar), perEntity);
    }

    /** One sentence's tone, -1..1, and how many lexicon words it has. */
    record SentenceTone(double score, int polarWords) {
    }

    /** @param inName per character of the text, whether it lies in an entity's name */
    static SentenceTone sentenceTone(List<CoreLabel> tokens, boolean[] inName) {
        ToneLexicon lexicon = ToneLexicon.instance();
        double sum = 0;
        int polarWords = 0;
        int lastNegator = -NEGATION_WINDOW - 1;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            String word = token.word().toLowerCase(Locale.ROOT);
            if (lexicon.isNegator(word)) {
                lastNegator = i;
                continue;
            }
            if (!Character.isLetter(word.charAt(0))) {
                if (",;:".contains(word)) {
                    lastNegator = -NEGATION_WINDOW - 1; // a clause break ends the negation
                }
                continue;
            }
            int begin = token.beginPosition();
            if (begin < inName.length && inName[begin]) {
                continue;
            }
            String lemma = token.lemma() != null ? token.lemma().toLowerCase(Locale.ROOT) : word;
            int polarity = lexicon.polarity(lemma);
            if (polarity == 0) {
                polarity = lexicon.polarity(word);
            }
            if (polarity != 0) {
                polarWords++;
                sum += i - lastNegator <= NEGATION_WINDOW ? -0.5 * polarity : polarity;
            }
        }
        return new SentenceTone(sum / Math.sqrt(sum * sum + ALPHA), polarWords);
    }

    private static boolean mentions(Entity entity, CoreSentence sentence) {
        int start = sentence.charOffsets().first();
        int end = sentence.charOffsets().second();
        for (Mention m : entity.mentions()) {
            if (m.start() >= start && m.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] namePositions(int length, List<Entity> entities) {
        boolean[] inName = new boolean[length];
        for (Entity entity : entities) {
            for (Mention m : entity.mentions()) {
                Arrays.fill(inName, Math.min(m.start(), length), Math.min(m.end(), length), true);
            }
        }
        return inName;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
