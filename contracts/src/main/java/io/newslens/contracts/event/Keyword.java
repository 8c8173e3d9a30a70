package io.newslens.contracts.event;

/**
 * A key phrase of the article, ranked by {@link #score()}.
 *
 * @param phrase the phrase, lower-cased lemmas of a noun phrase ("trade war", "interest rate")
 * @param score  relative weight in the article, 0..1 (the top keyword has 1)
 * @param count  how many times the phrase occurs
 */
public record Keyword(String phrase, double score, int count) {
}
