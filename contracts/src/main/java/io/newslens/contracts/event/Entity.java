package io.newslens.contracts.event;

import java.util.List;

/**
 * A named entity found in one article, with every place it is mentioned. All the surface forms that
 * name the same thing in the article ("Secretary of State Mike Pompeo", "Pompeo"; "U.S.", "the United
 * States") are merged into one entity.
 *
 * @param id       canonical id, stable across articles, e.g. {@code person:mike-pompeo}: the type and the
 *                 slug of {@link #name()}
 * @param name     canonical name: the fullest proper name the article uses, or the curated name of a
 *                 well-known alias ("United States" for "U.S.")
 * @param type     PERSON, ORGANIZATION, LOCATION, MISC, NATIONALITY
 * @param aliases  the distinct surface forms of the mentions, in order of first use
 * @param salience how central the entity is to the article, 0..1: its share of all entity mentions,
 *                 each mention weighted by how early it comes (1 at the start of the text, falling
 *                 linearly to 0.5 at the end). The saliences of one article's entities add up to 1.
 * @param mentions every mention, in text order
 */
public record Entity(String id, String name, String type, List<String> aliases, double salience,
        List<Mention> mentions) {
}
