package io.newslens.contracts.event;

/**
 * A money amount in the article: {@code text.substring(start, end)} of the clean text, e.g. "$15bn".
 *
 * @param value    the amount in units of the currency, multipliers applied ("$15bn" is 1.5E10)
 * @param currency ISO 4217 code ("USD", "GBP", "EUR", "CNY")
 */
public record Amount(String text, int start, int end, double value, String currency) {
}
