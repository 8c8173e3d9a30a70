package io.newslens.nlp.service;

import java.util.List;

/**
 * How central an entity is to its article: its share of all the article's entity mentions, each
 * mention weighted by position (1 at the start of the text, falling linearly to 0.5 at the end),
 * because news puts what matters first. An article's saliences add up to 1.
 */
final class Salience {

    private final int length;
    private final double total;

    Salience(int textLength, List<NamedMention> allMentions) {
        this.length = Math.max(textLength, 1);
        this.total = weight(allMentions);
    }

    double of(List<NamedMention> mentions) {
        if (total == 0) {
            return 0;
        }
        double share = weight(mentions) / total;
        return Math.min(1.0, Math.round(share * 10_000) / 10_000.0);
    }

    private double weight(List<NamedMention> mentions) {
        double sum = 0;
        for (NamedMention m : mentions) {
            sum += 1.0 - 0.5 * Math.min(m.start(), length) / length;
        }
        return sum;
    }
}
