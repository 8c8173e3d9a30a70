package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Surnames with particles that NER cuts short: "Nick Van den Brul" comes out as PERSON "Nick Van" and
 * ORGANIZATION "Brul of BNP Paribas". A person whose name ends in a particle, or is followed by lower-case
 * particles and a capitalised word, takes the rest of the surname; a mention overlapping it keeps what
 * follows ("BNP Paribas") or goes. A first name followed by the name of a weekday or month is a person's full
 * name ("Mike Friday's England side"): NER tags the weekday as a date, but no date follows a bare first name
 * ({@link #withCalendarSurnames}).
 */
final class NameParticles {

    private static final String PARTICLES = "van|von|de|den|der|da|di|du|del|della|la|le|ter|ten";
    /** After a name ending in a capitalised particle ("Van"): further particles, then the surname. */
    private static final Pattern AFTER_CAPITAL_PARTICLE = Pattern.compile(
            "^(?:\\s+(?:" + PARTICLES + "))*\\s+\\p{Lu}[\\p{L}'-]+");
    /** After any name: lower-case particles, then the surname ("Ursula von der Leyen" cut at "Ursula"). */
    private static final Pattern LOWER_PARTICLES = Pattern.compile(
            "^(?:\\s+(?:" + PARTICLES + "))+\\s+\\p{Lu}[\\p{L}'-]+");
    private static final Pattern CAPITAL_PARTICLE_END = Pattern.compile(
            "(?i)\\s(?:" + PARTICLES + ")$");
    /** A surname written from its lower-case particles: "de Vabres", "van der Sar". */
    private static final Pattern PARTICLE_SURNAME = Pattern.compile(
            "(?:" + PARTICLES + ")(?:\\s+(?:" + PARTICLES + "))*\\s+\\p{Lu}[\\p{L}'-]+");
    /** The weekday and month names that are also surnames, capitalised (not "May", which NER knows as one). */
    private static final Set<String> CALENDAR_NAMES = SentenceSubjects.CALENDAR_WORDS.stream()
            .filter(word -> !word.equals("may"))
            .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
            .collect(Collectors.toUnmodifiableSet());
    /** A weekday or month name right after a mention, as a whole word. */
    private static final Pattern CALENDAR_NAME =
            Pattern.compile("^ (?:" + String.join("|", CALENDAR_NAMES) + ")(?![\\p{L}\\p{N}])");
    /** A given name (or more), then particles in any case and the last word: "Robert De Niro", "Edwin van der Sar". */
    private static final Pattern FULL_NAME_PARTICLE_SURNAME = Pattern.compile(
            "\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*)*?\\s+((?i:" + PARTICLES + ")(?:\\s+(?i:" + PARTICLES + "))*\\s+\\p{Lu}[\\p{L}'-]+)");
    private static final Pattern LINK = Pattern.compile("^\\s+(?:of|at|from)\\s+(?=\\p{Lu})");

    private NameParticles() {
    }

    /** Whether {@code name} is a surname written from its lower-case particles ("de Vabres" of "Mr de Vabres"). */
    static boolean isParticleSurname(String name) {
        return PARTICLE_SURNAME.matcher(name).matches();
    }

    /** A full name's surname with its particles ("De Niro" of "Robert De Niro", "van der Sar"), or null if none. */
    static String particleSurnameOf(String fullName) {
        Matcher m = FULL_NAME_PARTICLE_SURNAME.matcher(fullName);
        return m.matches() ? m.group(1) : null;
    }

    /** The regular expression of one or more lower-case particles, each followed by white space. */
    static String particlesBefore() {
        return "(?:(?:" + PARTICLES + ")\\s+)*";
    }

    static List<NamedMention> join(List<NamedMention> mentions, String text) {
        List<NamedMention> result = new ArrayList<>(mentions);
        for (int i = 0; i < result.size(); i++) {
            NamedMention m = result.get(i);
            if (!"PERSON".equals(m.type())) {
                continue;
            }
            int end = extendedEnd(m, text);
            if (end == m.end()) {
                continue;
            }
            result.set(i, m.withSpan(text, m.start(), end));
            for (int j = 0; j < result.size(); j++) {
                NamedMention other = result.get(j);
                if (j != i && other.start() > m.start() && other.start() < end) {
                    result.set(j, other.end() <= end ? null : rest(other, end, text));
                }
            }
            result.removeIf(java.util.Objects::isNull);
            i = result.indexOf(m.withSpan(text, m.start(), end));
        }
        return result;
    }

    static boolean isCalendarName(String word) {
        return CALENDAR_NAMES.contains(word);
    }

    /**
     * {@code mentions} with each one-word person that is no surname of a person named in full ("Mike"; not "Pompeo"
     * of "Mike Pompeo") widened over a weekday or month name right after it ("Mike Friday"). Before the scans for
     * untagged names, so that "said Friday" is then found as the surname.
     */
    static List<NamedMention> withCalendarSurnames(List<NamedMention> mentions, String text) {
        Set<String> surnames = NamedMention.surnames(mentions);
        List<NamedMention> result = new ArrayList<>(mentions.size());
        for (NamedMention m : mentions) {
            Matcher calendar = CALENDAR_NAME.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12)));
            boolean firstName = "PERSON".equals(m.type()) && m.text().indexOf(' ') < 0 && !surnames.contains(m.text());
            result.add(firstName && calendar.find() ? m.withSpan(text, m.start(), m.end() + calendar.end()) : m);
        }
        return result;
    }

    private static int extendedEnd(NamedMention m, String text) {
        String tail = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        Pattern p = CAPITAL_PARTICLE_END.matcher(m.text()).find() && Character.isUpperCase(
                m.text().charAt(m.text().lastIndexOf(' ') + 1)) ? AFTER_CAPITAL_PARTICLE : LOWER_PARTICLES;
        Matcher matcher = p.matcher(tail);
        return matcher.find() ? m.end() + matcher.end() : m.end();
    }

    /** What is left of a mention after the person's extended name, without a linking "of"; null if nothing. */
    private static NamedMention rest(NamedMention other, int from, String text) {
        Matcher link = LINK.matcher(text.substring(from, other.end()));
        int start = link.find() ? from + link.end() : from;
        while (start < other.end() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start < other.end() && Character.isUpperCase(text.charAt(start)) ? other.withSpan(text, start, other.end()) : null;
    }
}
