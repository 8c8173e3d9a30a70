package io.newslens.contracts.event;

/**
 * The speaker of a {@link Quote}: one of the article's entities.
 *
 * @param id   the entity's canonical id, e.g. {@code person:mike-pompeo}
 * @param name the entity's canonical name
 */
public record SpeakerRef(String id, String name) {
}
