package io.newslens.nlp.quality;

import java.util.List;

/** Our gold annotation of one article (test resource {@code gold/seeds/<article>.json}, format in its README). */
record GoldArticle(List<GoldEntity> entities, List<GoldQuote> quotes) {

    record GoldEntity(String type, String name, List<String> aliases) {
    }

    /** @param snippet exact words of the quote (marks allowed); every occurrence is one expected quote */
    record GoldQuote(String snippet, String speaker) {
    }
}
