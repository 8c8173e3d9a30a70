package io.newslens.contracts.api;

/**
 * One autocomplete answer for a typed prefix.
 *
 * @param matched      the name or alias that starts with the prefix ("Pompeo" for {@code person:mike-pompeo})
 * @param articleCount how many articles mention the entity; suggestions are ordered by it
 */
public record EntitySuggestion(String id, String name, String type, String matched, long articleCount) {
}
