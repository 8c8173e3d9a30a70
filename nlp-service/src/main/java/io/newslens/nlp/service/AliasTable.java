package io.newslens.nlp.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The curated aliases of well-known names ({@code /nlp/entity-aliases.txt}): "U.S.", "US" and "America"
 * are the LOCATION "United States". Loaded once; matching is by {@link EntityIds#slug}, so case, accents,
 * dots and apostrophes do not matter, except that a form the table writes only in capitals ("US") needs a
 * mention in capitals ("Us Weekly" is a magazine).
 */
final class AliasTable {

    static final String RESOURCE = "/nlp/entity-aliases.txt";

    /** The entity an alias stands for. */
    record Canonical(String type, String name) {
    }

    /** @param capitals every form of this slug is written in capitals ("US"): a mention must be too ("Us Weekly") */
    private record Entry(Canonical canonical, boolean metonym, boolean capitals) {
    }

    private static final AliasTable INSTANCE = load(ResourceLines.read(RESOURCE));

    private final Map<String, Entry> bySlug;
    /** Adjective forms ("+Tory") by slug: they join only beside another name of their entity. */
    private final Map<String, Canonical> adjectives;
    /** The names and plain aliases as written (no metonyms, no dots), longest first, as whole words. */
    private final Pattern written;
    /** The adjective forms as written ("Lib Dem"), longest first, as whole words. */
    private final Pattern writtenAdjectives;

    private AliasTable(Map<String, Entry> bySlug, Map<String, Canonical> adjectives, List<String> writtenForms,
            List<String> adjectiveForms) {
        this.bySlug = bySlug;
        this.adjectives = adjectives;
        this.written = wholeWords(writtenForms);
        this.writtenAdjectives = wholeWords(adjectiveForms);
    }

    /** Capitalised forms without dots, longest first, as whole words. */
    private static Pattern wholeWords(List<String> forms) {
        return Pattern.compile(forms.stream()
                .filter(f -> f.length() > 1 && Character.isUpperCase(f.charAt(0)) && f.indexOf('.') < 0)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "\\b(?:", ")\\b")));
    }

    static AliasTable get() {
        return INSTANCE;
    }

    /**
     * The canonical entity {@code surface} names, if it is an alias.
     *
     * @param beforeVerb whether a verb follows the mention: a metonym ("~Washington") counts only then
     */
    Optional<Canonical> lookup(String surface, boolean beforeVerb) {
        Entry entry = bySlug.get(EntityIds.slug(surface));
        if (entry == null || (entry.metonym() && !beforeVerb) || (entry.capitals() && !inCapitals(surface))) {
            return Optional.empty();
        }
        return Optional.of(entry.canonical());
    }

    /**
     * The entity {@code surface} is the adjective of ("+Tory": "Tory" for the Conservative Party), if the table has it.
     * An adjective names the entity only beside another of its names in the same text ("a Tory spokesman" in an article
     * about the Conservative Party), so it is no alias {@link #lookup} finds.
     */
    Optional<Canonical> adjectiveOf(String surface) {
        return Optional.ofNullable(adjectives.get(EntityIds.slug(surface)));
    }

    /**
     * The table's names written in the text where NER tagged nothing ("The Tories and the Lib Dems
     * have questioned"), as mentions of the table's type; case as written in the table.
     */
    List<NamedMention> untagged(String text, List<NamedMention> tagged) {
        List<NamedMention> found = new ArrayList<>(MentionFinder.untaggedMatches(written, text, tagged,
                name -> bySlug.get(EntityIds.slug(name)).canonical().type()));
        List<NamedMention> known = new ArrayList<>(tagged);
        known.addAll(found);
        // an adjective NER left untagged ("A Conservative spokesperson") is MISC until it joins its entity
        found.addAll(MentionFinder.untaggedMatches(writtenAdjectives, text, known, name -> "MISC"));
        return found;
    }

    /** Parses lines {@code TYPE | canonical name | alias; alias; ...}; fails on anything else. */
    static AliasTable load(List<String> lines) {
        Map<String, Entry> bySlug = new HashMap<>();
        Map<String, Canonical> adjectives = new HashMap<>();
        List<String> writtenForms = new ArrayList<>();
        List<String> adjectiveForms = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("Alias line is not 'TYPE | name | alias; ...': " + line);
            }
            Canonical canonical = new Canonical(parts[0].strip(), parts[1].strip());
            if (!EntityTypes.of(canonical.type()).map(canonical.type()::equals).orElse(false)) {
                throw new IllegalArgumentException("Unknown entity type in alias line: " + line);
            }
            put(bySlug, canonical.name(), new Entry(canonical, false, inCapitals(canonical.name())), line);
            writtenForms.add(canonical.name());
            for (String alias : parts[2].split(";")) {
                String a = alias.strip();
                if (a.isEmpty()) {
                    continue;
                }
                if (a.startsWith("+")) {
                    adjectives.put(EntityIds.slug(a.substring(1).strip()), canonical);
                    adjectiveForms.add(a.substring(1).strip());
                    continue;
                }
                boolean metonym = a.startsWith("~");
                String form = metonym ? a.substring(1).strip() : a;
                put(bySlug, form, new Entry(canonical, metonym, inCapitals(form)), line);
                if (!metonym) {
                    writtenForms.add(a);
                }
            }
        }
        return new AliasTable(Map.copyOf(bySlug), Map.copyOf(adjectives), writtenForms, adjectiveForms);
    }

    private static void put(Map<String, Entry> bySlug, String alias, Entry entry, String line) {
        String slug = EntityIds.slug(alias);
        Entry previous = bySlug.get(slug);
        if (previous != null && !previous.canonical().equals(entry.canonical())) {
            throw new IllegalArgumentException("Alias '" + alias + "' names two entities; second in: " + line);
        }
        boolean capitals = entry.capitals() && (previous == null || previous.capitals());
        bySlug.put(slug, new Entry(entry.canonical(), entry.metonym(), capitals));
    }

    /** No lower-case letter: "US", "U.S.", "BBC". */
    private static boolean inCapitals(String form) {
        return form.codePoints().noneMatch(Character::isLowerCase);
    }
}
