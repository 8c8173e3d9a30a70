package io.newslens.nlp.service;

/**
 * A named-entity mention as found, before grouping: a newslens type and {@code text.substring(start, end)}
 * of the article's text (UTF-16 offsets).
 */
record NamedMention(String type, int start, int end, String text) {
}
