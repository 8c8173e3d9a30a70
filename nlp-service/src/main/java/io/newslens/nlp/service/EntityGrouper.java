package io.newslens.nlp.service;

import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups one article's mentions into entities: same type and same normalised name ({@link EntityIds#slug}),
 * and a person's short form ("Pompeo") joins the full name it shortens ("Mike Pompeo") when that
 * full name is the only candidate in the article.
 */
final class EntityGrouper {

    private EntityGrouper() {
    }

    /** Entities in order of first mention, each with its mentions in text order. */
    static List<Entity> group(List<NamedMention> mentions) {
        Map<Name, List<NamedMention>> byName = new LinkedHashMap<>();
        for (NamedMention m : mentions) {
            byName.computeIfAbsent(new Name(m.type(), EntityIds.slug(m.text())), n -> new ArrayList<>()).add(m);
        }
        joinShortPersonNames(byName);
        return byName.values().stream()
                .map(EntityGrouper::entity)
                .sorted(Comparator.comparingInt(e -> e.mentions().get(0).start()))
                .toList();
    }

    /** Shortest names first, so that a short form is matched against the full names as they stand. */
    private static void joinShortPersonNames(Map<Name, List<NamedMention>> byName) {
        List<Name> persons = byName.keySet().stream()
                .filter(Name::isPerson)
                .sorted(Comparator.comparingInt(n -> n.slug().length()))
                .toList();
        for (Name shortName : persons) {
            List<Name> fuller = byName.keySet().stream()
                    .filter(n -> n.isPerson() && shortens(shortName.slug(), n.slug()))
                    .toList();
            if (fuller.size() == 1) {
                byName.get(fuller.get(0)).addAll(byName.remove(shortName));
            }
        }
    }

    /** Whole words at either end: "doe" and "jane" shorten "jane-doe"; "xi" shortens "xi-jinping"; "do" shortens nothing. */
    static boolean shortens(String shortSlug, String longSlug) {
        return longSlug.startsWith(shortSlug + "-") || longSlug.endsWith("-" + shortSlug);
    }

    /** Named after its longest surface form (the earliest of equal length), which is the fullest. */
    private static Entity entity(List<NamedMention> group) {
        List<NamedMention> inOrder = group.stream().sorted(Comparator.comparingInt(NamedMention::start)).toList();
        NamedMention longest = inOrder.get(0);
        for (NamedMention m : inOrder) {
            if (m.text().length() > longest.text().length()) {
                longest = m;
            }
        }
        String type = longest.type();
        List<Mention> found = inOrder.stream().map(m -> new Mention(m.start(), m.end(), m.text())).toList();
        return new Entity(EntityIds.id(type, longest.text()), longest.text(), type, found);
    }

    /** A type and a normalised name: the grouping key. */
    private record Name(String type, String slug) {
        boolean isPerson() {
            return "PERSON".equals(type);
        }
    }
}
