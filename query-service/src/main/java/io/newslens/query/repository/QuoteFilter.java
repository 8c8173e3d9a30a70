package io.newslens.query.repository;

import java.time.Instant;

/**
 * Which quotes to find; every null criterion matches everything.
 *
 * @param speakerId canonical id of who said it
 * @param aboutId   canonical id of an entity mentioned inside the quote
 * @param text      web-search syntax over the quote text (English stemming)
 * @param from      the article's date (published, else enriched) at or after this instant
 * @param to        the article's date before this instant
 * @param limit     at least 1
 */
public record QuoteFilter(String speakerId, String aboutId, String text, Instant from, Instant to, int limit) {

    public static QuoteFilter bySpeaker(String speakerId, int limit) {
        return new QuoteFilter(speakerId, null, null, null, null, limit);
    }

    public static QuoteFilter about(String entityId, int limit) {
        return new QuoteFilter(null, entityId, null, null, null, limit);
    }
}
