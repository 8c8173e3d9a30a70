package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The currencies of {@code /nlp/currencies.txt}: which ISO 4217 code a sign written before an amount
 * ("£", "US$") or a word written after it ("yuan", "euros") stands for. Loaded once.
 */
final class Currencies {

    static final String RESOURCE = "/nlp/currencies.txt";

    private static final Currencies INSTANCE = load(ResourceLines.read(RESOURCE));

    private final Map<String, String> signs;
    private final Map<String, String> words;

    private Currencies(Map<String, String> signs, Map<String, String> words) {
        this.signs = signs;
        this.words = words;
    }

    static Currencies instance() {
        return INSTANCE;
    }

    /** Parses the lines of the data file; a malformed line or a sign naming two currencies throws. */
    static Currencies load(List<String> lines) {
        Map<String, String> signs = new LinkedHashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\\|", -1);
            if (fields.length != 3 || !fields[0].strip().matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("Expected 'CODE | signs | words': " + line);
            }
            String code = fields[0].strip();
            for (String sign : entries(fields[1])) {
                put(signs, sign, code, line);
            }
            for (String word : entries(fields[2])) {
                put(words, word.toLowerCase(Locale.ROOT), code, line);
            }
        }
        return new Currencies(signs, words);
    }

    private static List<String> entries(String field) {
        List<String> entries = new ArrayList<>();
        for (String entry : field.split(";")) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }

    private static void put(Map<String, String> map, String key, String code, String line) {
        String previous = map.put(key, code);
        if (previous != null && !previous.equals(code)) {
            throw new IllegalArgumentException("'" + key + "' names both " + previous + " and " + code + ": " + line);
        }
    }

    /** Signs, longest first, so that "HK$" wins over "$". */
    List<String> signs() {
        return signs.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Words, longest first, so that "Hong Kong dollars" wins over "dollars". */
    List<String> words() {
        return words.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    Optional<String> bySign(String sign) {
        return Optional.ofNullable(signs.get(sign.replaceAll("\\s+", " ")));
    }

    Optional<String> byWord(String word) {
        return Optional.ofNullable(words.get(word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
    }
}
