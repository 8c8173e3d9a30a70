package io.newslens.nlp.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated aliases of well-known names ({@code /nlp/entity-aliases.txt}): "U.S.", "US" and "America"
 * are the LOCATION "United States". Loaded once; matching is by {@link EntityIds#slug}, so case, accents,
 * dots and apostrophes do not matter.
 */
final class AliasTable {

    static final String RESOURCE = "/nlp/entity-aliases.txt";

    /** The entity an alias stands for. */
    record Canonical(String type, String name) {
    }

    private record Entry(Canonical canonical, boolean metonym) {
    }

    private static final AliasTable INSTANCE = load(ResourceLines.read(RESOURCE));

    private final Map<String, Entry> bySlug;

    private AliasTable(Map<String, Entry> bySlug) {
        this.bySlug = bySlug;
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
        if (entry == null || (entry.metonym() && !beforeVerb)) {
            return Optional.empty();
        }
        return Optional.of(entry.canonical());
    }

    /** Parses lines {@code TYPE | canonical name | alias; alias; ...}; fails on anything else. */
    static AliasTable load(List<String> lines) {
        Map<String, Entry> bySlug = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("Alias line is not 'TYPE | name | alias; ...': " + line);
            }
            Canonical canonical = new Canonical(parts[0].strip(), parts[1].strip());
            if (!EntityTypes.of(canonical.type()).map(canonical.type()::equals).orElse(false)) {
                throw new IllegalArgumentException("Unknown entity type in alias line: " + line);
            }
            put(bySlug, canonical.name(), new Entry(canonical, false), line);
            for (String alias : parts[2].split(";")) {
                String a = alias.strip();
                if (a.isEmpty()) {
                    continue;
                }
                boolean metonym = a.startsWith("~");
                put(bySlug, metonym ? a.substring(1).strip() : a, new Entry(canonical, metonym), line);
            }
        }
        return new AliasTable(Map.copyOf(bySlug));
    }

    private static void put(Map<String, Entry> bySlug, String alias, Entry entry, String line) {
        Entry previous = bySlug.put(EntityIds.slug(alias), entry);
        if (previous != null && !previous.canonical().equals(entry.canonical())) {
            throw new IllegalArgumentException("Alias '" + alias + "' names two entities; second in: " + line);
        }
    }
}
