package io.newslens.nlp.service;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Clubs that team-sport reports name by their town or their own name ({@code /nlp/sports-clubs.txt}: "Bolton",
 * "Celtic", "Sale Sharks"), which CoreNLP's news NER tags as places or persons or misses. Only in an article that
 * reads as a team-sport report ({@link #teamSport}) is such a name the club;
 * even there a town after a word that places something in it ("born in Leicester", "travel to Edinburgh") or before
 * its ground ("Bristol's Memorial Stadium") stays a place.
 */
final class SportsClubs {

    static final String RESOURCE = "/nlp/sports-clubs.txt";

    private static final List<String> LINES = ResourceLines.read(RESOURCE);
    private static final List<Pattern> SIGNALS = ResourceLines.ofKind(LINES, "signal").stream()
            .map(s -> Pattern.compile("(?i)(?<![\\p{L}-])" + Pattern.quote(s) + "(?![\\p{L}-])")).toList();
    private static final KnownOrganizations CLUBS = new KnownOrganizations(ResourceLines.ofKind(LINES, "club"));
    /**
     * What places a name as a town: "in", "travelled to", "the city of" right before it, or before another town listed
     * with it ("wins in Wrexham and Edinburgh").
     */
    private static final Pattern PLACED = Pattern.compile("\\b(?i:in|near|inside|outside|around|across|through|into"
            + "|travel(?:s|led|ling)? to|city of)\\s+(?:\\p{Lu}[\\p{L}-]*(?:,\\s+|\\s+(?:and|or)\\s+))?$");
    /** A town's ground after it: "'s Millennium Stadium", "'s Ibrox Park". */
    private static final Pattern GROUND_AFTER = Pattern.compile(
            "['\u2019]s\\s+(?:\\p{Lu}\\p{L}*\\s+){1,2}(?:Stadium|Park|Arena|Ground|Road|Lane)\\b");

    private SportsClubs() {
    }

    /** Lines whose kind is neither "signal" nor "club" (the data-file test checks there are none). */
    static List<String> malformed() {
        return ResourceLines.ofNoKind(LINES, "signal", "club");
    }

    /**
     * Whether the article reads as a team-sport report: two different signal words, or one and two clubs named, or
     * two clubs named by more than their town ("Dundee United", "Real Madrid"), which a list of towns never is.
     */
    static boolean teamSport(String text) {
        long signals = SIGNALS.stream().filter(s -> s.matcher(text).find()).count();
        if (signals >= 2) {
            return true;
        }
        List<String> clubs = CLUBS.untagged(text, List.of(), at -> false).stream().map(NamedMention::text).distinct().toList();
        return signals == 1 && clubs.size() >= 2 || clubs.stream().filter(c -> c.contains(" ")).count() >= 2;
    }

    /** The club names of the list, for finding them where NER tagged nothing or only part of them. */
    static KnownOrganizations names() {
        return CLUBS;
    }

    /** Whether the mention is a listed club's name written as the club, in an article {@link #teamSport} holds. */
    static boolean writtenAsClub(String text, NamedMention m) {
        return CLUBS.contains(m.text())
                && !PLACED.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                && !GROUND_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40)).lookingAt();
    }
}
