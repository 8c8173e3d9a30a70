package io.newslens.nlp.service;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The initials of an organisation the article names, written elsewhere in it where NER tagged nothing: "B&B" for
 * "Bradford & Bingley", "RAD" for "Royal Academy of Dance". News writes a body's initials after its full name, often
 * without defining them in brackets, and CoreNLP's models do not know most of them. Three characters at least, in
 * capitals, as a whole word, so that two-letter words and ordinary words stay words; {@link EntityGrouper} then joins
 * them to the full name by their letters.
 */
final class UntaggedInitials {

    private static final Set<String> FILLERS = Set.of("of", "the", "and", "for", "on", "in");

    private UntaggedInitials() {
    }

    static List<NamedMention> find(String text, List<NamedMention> mentions) {
        Set<String> initials = mentions.stream().filter(m -> "ORGANIZATION".equals(m.type()))
                .map(m -> initials(m.text())).filter(Objects::nonNull).collect(Collectors.toSet());
        if (initials.isEmpty()) {
            return List.of();
        }
        Pattern written = Pattern.compile(initials.stream().map(Pattern::quote)
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}&-])(?:", ")(?![\\p{L}\\p{N}&-])")));
        return MentionFinder.untaggedMatches(written, text, mentions, name -> "ORGANIZATION");
    }

    /** "Royal Academy of Dance" → "RAD", "Bradford & Bingley" → "B&B"; null for fewer than three characters. */
    static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (word.equals("&")) {
                letters.append('&');
            } else if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                letters.append(word.charAt(0));
            } else if (!FILLERS.contains(word)) {
                return null; // a lower-case word of its own ("Yes campaign"): no initials to trust
            }
        }
        long capitals = letters.chars().filter(Character::isUpperCase).count();
        return letters.length() >= 3 && capitals >= 2 ? letters.toString() : null;
    }
}
