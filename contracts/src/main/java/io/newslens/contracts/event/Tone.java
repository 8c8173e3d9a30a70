package io.newslens.contracts.event;

import java.util.List;

/**
 * How favourable or hostile the wording is, by a news-oriented polarity lexicon (not a trained
 * sentiment model); method and limits in docs/nlp.md.
 *
 * @param document the whole article, -1 (hostile) .. 1 (favourable), 0 when neutral or unknown
 * @param entities per entity, in the order of the article's entities
 */
public record Tone(double document, List<EntityTone> entities) {

    public static final Tone NEUTRAL = new Tone(0, List.of());
}
