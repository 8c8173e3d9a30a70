package io.newslens.nlp.service;

import java.util.regex.Pattern;

/** A word or phrase matched only where no letter touches it on either side ("Dam" not inside "Dams"). */
final class WholeWords {

    private WholeWords() {
    }

    static Pattern of(String words) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(words) + "(?![\\p{L}])");
    }
}
