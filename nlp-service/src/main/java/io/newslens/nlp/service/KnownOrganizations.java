package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Organisations that news names often and that NER misses or types as persons or places
 * ({@code /nlp/known-organizations.txt}: "T-Mobile", "Fitch", "Kremlin"). They are found as written, and a mention
 * of exactly such a name is an organisation; unlike {@link AliasTable} they give no canonical name, so an article's
 * own long form and acronym definition still name the entity.
 */
final class KnownOrganizations {

    static final String RESOURCE = "/nlp/known-organizations.txt";

    private static final KnownOrganizations INSTANCE = new KnownOrganizations(ResourceLines.read(RESOURCE));

    /** The marker of a name that is no mention where it modifies a noun after it ("Commons vote"). */
    static final String ALONE_MARKER = " (not before a noun)";

    /** The marker of a name that counts only after "the" and before no capitalised word ("the Times"). */
    static final String AFTER_THE = "the ";

    private static final Pattern CAPITALISED_WORD_NEXT = Pattern.compile("\\s+\\p{Lu}");
    /** A capitalised word and "of the" right before a name: a title ends in it ("Tears of the Sun"). */
    private static final Pattern TITLE_OF_THE = Pattern.compile("\\b\\p{Lu}\\p{L}* of the $");

    private final Set<String> names;
    private final Set<String> notBeforeNoun;
    private final Set<String> afterThe;
    /** The names as whole words, the longest at each place: "Sony Ericsson" before "Ericsson"; "O2" not inside "BO2". */
    private final WrittenNames written;

    KnownOrganizations(List<String> lines) {
        this.notBeforeNoun = lines.stream().filter(l -> l.endsWith(ALONE_MARKER)).map(KnownOrganizations::withoutMarker)
                .collect(Collectors.toUnmodifiableSet());
        Set<String> names = lines.stream().filter(l -> !l.startsWith(AFTER_THE)).map(KnownOrganizations::withoutMarker)
                .collect(Collectors.toUnmodifiableSet());
        // "The Killers" is written "the Killers" inside a sentence: its last words count after "the" as well
        this.afterThe = Stream.concat(lines.stream().filter(l -> l.startsWith(AFTER_THE)),
                        names.stream().filter(n -> n.startsWith("The ")))
                .map(l -> l.substring(AFTER_THE.length()))
                .filter(rest -> !names.contains(rest))
                .collect(Collectors.toUnmodifiableSet());
        this.names = names.stream().flatMap(n -> Stream.concat(Stream.of(n), capitalised(n).stream()))
                .collect(Collectors.toUnmodifiableSet());
        this.written = new WrittenNames(Stream.concat(names.stream(), afterThe.stream()).toList());
    }

    private static String withoutMarker(String line) {
        return line.endsWith(ALONE_MARKER) ? line.substring(0, line.length() - ALONE_MARKER.length()) : line;
    }

    /**
     * A name written in lower case ("eBay", "easyJet") as a sentence's first word capitalises it ("Ebay", "EBay"), and
     * NER then types it as a person: those forms count as the name too (as mentions, not in the text scan).
     */
    private static List<String> capitalised(String name) {
        if (name.isEmpty() || !Character.isLowerCase(name.charAt(0))) {
            return List.of();
        }
        String first = name.substring(0, 1).toUpperCase(Locale.ROOT);
        return List.of(first + name.substring(1), first + name.substring(1).toLowerCase(Locale.ROOT));
    }

    static KnownOrganizations get() {
        return INSTANCE;
    }

    /**
     * Whether the mention is a newspaper's one-word name that counts only as "the Times", "the Independent": after
     * "the" and before no capitalised word ("the Independent Schools Council" is another body). Alone such a word is a
     * common word or a person's name, so {@link #contains} does not hold it.
     */
    boolean namedAfterThe(String text, NamedMention m) {
        return afterThe.contains(m.text()) && writtenAsName(text, m.start(), m.end(), m.text());
    }

    private boolean writtenAsName(String text, int start, int end, String name) {
        if (!afterThe.contains(name)) {
            return true;
        }
        String before = text.substring(Math.max(0, start - 4), start);
        Matcher after = CAPITALISED_WORD_NEXT.matcher(text).region(end, text.length());
        // "Tears of the Sun", "Empire of the Sun": a title's last words
        boolean titleEnd = TITLE_OF_THE.matcher(text.substring(Math.max(0, start - 30), start)).find();
        return (before.equals("the ") || before.equals("The ")) && !after.lookingAt() && !titleEnd;
    }

    /** Whether {@code name} is, exactly as written, a known organisation. */
    boolean contains(String name) {
        return names.contains(name.strip());
    }

    /**
     * The known organisations written in {@code text} where no mention of {@code tagged} is, except a name marked as
     * such right before a common noun or adjective ({@code nounAt}: whether one starts at an offset): "the Commons"
     * is the House, "Monday's Commons vote" and "Commons leader" only describe what follows (see
     * {@link #modifiesNoun}).
     */
    List<NamedMention> untagged(String text, List<NamedMention> tagged, IntPredicate nounAt) {
        return untagged(writtenIn(text), tagged, nounAt);
    }

    private List<NamedMention> untagged(List<WrittenNames.Written> written, List<NamedMention> tagged,
            IntPredicate nounAt) {
        List<NamedMention> candidates = written.stream()
                .map(w -> new NamedMention("ORGANIZATION", w.start(), w.end(), w.name())).toList();
        return MentionFinder.untagged(candidates, tagged).stream()
                .filter(m -> !modifiesNoun(m, nounAt))
                .toList();
    }

    /**
     * The mentions, where a known name is written around shorter mentions NER tagged inside it ("BBC" of "BBC One's
     * Top of the Pops"), with the known name in their place, as an organisation; not over a person ("Sky" is no
     * organisation in "Queen of the Sky" tagged as her name).
     */
    List<NamedMention> widened(String text, List<NamedMention> tagged) {
        return widened(writtenIn(text), tagged);
    }

    private List<NamedMention> widened(List<WrittenNames.Written> written, List<NamedMention> tagged) {
        List<NamedMention> out = new ArrayList<>(tagged);
        for (WrittenNames.Written w : written) {
            // a name ending in "'s" ("Sainsbury's") may be the possessive of the person or body tagged inside it
            if (w.name().endsWith("'s") || w.name().endsWith("’s")) {
                continue;
            }
            NamedMention name = new NamedMention("ORGANIZATION", w.start(), w.end(), w.name());
            NamedMention.replaceInside(out, name, inside -> !inside.isEmpty()
                    && inside.stream().noneMatch(t -> t.sameSpan(name) || "PERSON".equals(t.type())));
        }
        return out;
    }

    /** {@link #widened}, then {@link #untagged} added, from one scan of the text. */
    List<NamedMention> withNamesWritten(String text, List<NamedMention> tagged, IntPredicate nounAt) {
        List<WrittenNames.Written> written = writtenIn(text);
        List<NamedMention> out = widened(written, tagged);
        out.addAll(untagged(written, out, nounAt));
        return out;
    }

    private List<WrittenNames.Written> writtenIn(String text) {
        return written.in(text, w -> writtenAsName(text, w.start(), w.end(), w.name()));
    }

    /** Whether the mention, tagged or not, is of a marked name that only describes the noun after it. */
    boolean modifiesNoun(NamedMention mention, IntPredicate nounAt) {
        return notBeforeNoun.contains(mention.text()) && nounAt.test(mention.end() + 1);
    }
}
