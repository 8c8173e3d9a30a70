package io.newslens.contracts.event;

/**
 * One mention of an entity: {@code text.substring(start, end)} of the article's clean text.
 * Offsets are Java {@code String} indices (UTF-16 code units), end exclusive.
 */
public record Mention(int start, int end, String text) {
}
