package io.newslens.contracts.event;

import java.util.List;

/**
 * A named entity found in one article, with every place it is mentioned.
 *
 * @param id   canonical id, stable across articles, e.g. {@code person:mike-pompeo}
 * @param type PERSON, ORGANIZATION, LOCATION, MISC, ...
 */
public record Entity(String id, String name, String type, List<Mention> mentions) {
}
