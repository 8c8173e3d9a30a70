package io.newslens.nlp.quality;

import java.util.List;

/**
 * Our gold dates and money amounts of one article (test resource {@code gold/dates-amounts/<set>-<article>.json},
 * format in its README).
 *
 * @param publishedAt the publication day (ISO date) when certain, else null
 */
record GoldValues(String publishedAt, List<GoldDate> dates, List<GoldAmount> amounts) {

    /** @param value the expected normalised value, or null when only detection is checked */
    record GoldDate(String text, String value) {
    }

    record GoldAmount(String text, double value, String currency) {
    }
}
