package io.newslens.contracts.event;

/**
 * A date or time expression in the article: {@code text.substring(start, end)} of the clean text.
 *
 * @param value the normalised value as SUTime gives it (TIMEX3): ISO 8601 where it can be
 *              ({@code 2020-01-30}, {@code 2020-01}, {@code 2020-W05}, {@code P3Y} for a period,
 *              {@code PRESENT_REF}, {@code XXXX-01-30} when the year is unknown), relative dates
 *              ("Thursday", "last year") resolved against the article's {@code publishedAt} when it is
 *              known; null when the expression could not be normalised
 */
public record DateMention(String text, int start, int end, String value) {
}
