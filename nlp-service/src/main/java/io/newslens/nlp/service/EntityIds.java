package io.newslens.nlp.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Entity ids such as {@code person:mike-pompeo}: the type, then the name as lowercase ASCII words
 * joined by '-'. The same name gives the same id in every article, which is what lets a read model
 * join them.
 */
public final class EntityIds {

    /** Every id has this shape. */
    public static final Pattern FORMAT = Pattern.compile("^[a-z]+:[a-z0-9-]+$");

    /** Letters that decomposition leaves as they are but that have a usual ASCII spelling. */
    private static final Map<Integer, String> ASCII_SPELLING = Map.of(
            (int) 'ß', "ss", (int) 'æ', "ae", (int) 'œ', "oe", (int) 'ø', "o", (int) 'ł', "l",
            (int) 'đ', "d", (int) 'þ', "th", (int) 'ı', "i");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Dropped rather than turned into '-', so that "U.S." is "us" and "People's" is "peoples". */
    private static final Pattern SILENT = Pattern.compile("['’.]");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /**
     * "World Trade Organisation" in a British outlet and "World Trade Organization" in an American one are one body:
     * the word is spelt one way in ids, whatever the article's spelling. The entity's name is left as it is.
     */
    private static final Pattern BRITISH_ORGANISATION = Pattern.compile("(?<![a-z0-9])organisation(?=s?(?![a-z0-9]))");

    private EntityIds() {
    }

    public static String id(String type, String name) {
        return type.toLowerCase(Locale.ROOT) + ":" + slug(name);
    }

    /** "São Paulo" → "sao-paulo". A name with no Latin letter or digit is spelled by its code points. */
    public static String slug(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .codePoints()
                .mapToObj(cp -> ASCII_SPELLING.getOrDefault(cp, Character.toString(cp)))
                .collect(Collectors.joining());
        String slug = NOT_ALNUM.matcher(SILENT.matcher(ascii).replaceAll("")).replaceAll("-");
        slug = BRITISH_ORGANISATION.matcher(trimDashes(slug)).replaceAll("organization");
        return slug.isEmpty() ? codePointSlug(name) : slug;
    }

    private static String trimDashes(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '-') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '-') {
            to--;
        }
        return s.substring(from, to);
    }

    /** "习近平" → "u4e60-u8fd1-u5e73": stable and within the id format, if not pretty. */
    private static String codePointSlug(String name) {
        String slug = name.codePoints()
                .filter(Character::isLetterOrDigit)
                .mapToObj(cp -> "u" + Integer.toHexString(cp))
                .collect(Collectors.joining("-"));
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
