package io.newslens.nlp.service;

import io.newslens.contracts.event.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Money amounts in a text, read with our own patterns rather than CoreNLP's MONEY tags: news writes
 * "$15bn", "£1.2m" and "15 billion yuan", which the tokenizer splits unevenly and the normaliser does
 * not scale. A sign before the number ("$15bn", "US$ 3 million") or a currency word after it
 * ("3m euros", "15 billion yuan"); the multiplier ("bn", "billion", "m", "k", "tn") applies to its own
 * number only, so "between $15 and $30bn" gives 15 and 3e10.
 */
final class AmountFinder {

    private static final Map<String, Double> MULTIPLIERS = Map.ofEntries(
            Map.entry("k", 1e3), Map.entry("thousand", 1e3),
            Map.entry("m", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("million", 1e6),
            Map.entry("b", 1e9), Map.entry("bn", 1e9), Map.entry("billion", 1e9),
            Map.entry("tn", 1e12), Map.entry("trn", 1e12), Map.entry("trillion", 1e12));

    private static final String NUMBER = "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    /** Abbreviations glued or spaced ("15bn", "15 bn"); words spaced; a dash as in "$15-billion". */
    private static final String MULTIPLIER =
            "(?:[\\s-]?(?<multiplier>thousand|million|billion|trillion|mln|mn|bn|trn|tn|k|m|b)(?![\\p{L}\\d]))?";

    private static final Pattern PATTERN = compile(Currencies.instance());

    private AmountFinder() {
    }

    private static Pattern compile(Currencies currencies) {
        String signs = currencies.signs().stream().map(AmountFinder::literal).collect(Collectors.joining("|"));
        String words = currencies.words().stream().map(AmountFinder::literal).collect(Collectors.joining("|"));
        String before = "(?<![\\p{L}\\d$£€¥])(?<sign>" + signs + ")\\s?" + NUMBER + MULTIPLIER + "(?![\\d])";
        String after = "(?<![\\p{L}\\d.,])" + NUMBER.replace("<number>", "<number2>")
                + MULTIPLIER.replace("<multiplier>", "<multiplier2>")
                + "\\s+(?<word>(?i:" + words + "))(?![\\p{L}])";
        return Pattern.compile(before + "|" + after);
    }

    private static String literal(String s) {
        return Pattern.quote(s).replace(" ", "\\E\\s+\\Q");
    }

    /** Every amount in {@code text}, in text order. */
    static List<Amount> find(String text) {
        List<Amount> amounts = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            boolean signed = m.group("sign") != null;
            String number = signed ? m.group("number") : m.group("number2");
            String multiplier = signed ? m.group("multiplier") : m.group("multiplier2");
            String currency = signed
                    ? Currencies.instance().bySign(m.group("sign")).orElseThrow()
                    : Currencies.instance().byWord(m.group("word")).orElseThrow();
            double value = Double.parseDouble(number.replace(",", ""));
            if (multiplier != null) {
                value *= MULTIPLIERS.get(multiplier.toLowerCase(Locale.ROOT));
            }
            amounts.add(new Amount(m.group(), m.start(), m.end(), value, currency));
        }
        return amounts;
    }
}
