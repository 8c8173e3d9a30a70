package io.newslens.nlp.quality;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Mention;
import io.newslens.contracts.event.Quote;
import io.newslens.nlp.service.EntityIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Counts, summed over articles, of how an enrichment compares with the gold annotations. */
final class Score {

    static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");

    final Map<String, int[]> byType = new LinkedHashMap<>(); // type -> {true positives, found, expected}
    int aliasesExpected;
    int aliasesMerged;
    int quotesExpected;
    int quotesFound;
    int speakersRight;
    final List<String> misses = new ArrayList<>();

    Score() {
        TYPES.forEach(t -> byType.put(t, new int[3]));
    }

    void add(String article, GoldArticle gold, ArticleEnriched enriched) {
        scoreEntities(article, gold, enriched.entities());
        scoreQuotes(article, gold, enriched);
    }

    private void scoreEntities(String article, GoldArticle gold, List<Entity> entities) {
        Map<String, Entity> byId = entities.stream().collect(Collectors.toMap(Entity::id, e -> e, (a, b) -> a));
        for (String type : TYPES) {
            Set<String> expected = gold.entities().stream().filter(g -> g.type().equals(type))
                    .map(g -> EntityIds.id(type, g.name())).collect(Collectors.toSet());
            Set<String> found = entities.stream().filter(e -> e.type().equals(type)).map(Entity::id)
                    .collect(Collectors.toSet());
            Set<String> right = new HashSet<>(found);
            right.retainAll(expected);
            int[] counts = byType.get(type);
            counts[0] += right.size();
            counts[1] += found.size();
            counts[2] += expected.size();
            expected.stream().filter(id -> !found.contains(id)).forEach(id -> misses.add(article + ": missing entity " + id));
            found.stream().filter(id -> !expected.contains(id)).forEach(id -> misses.add(article + ": extra entity " + id));
        }
        for (GoldArticle.GoldEntity g : gold.entities()) {
            if (g.aliases().size() < 2) {
                continue;
            }
            Entity e = byId.get(EntityIds.id(g.type(), g.name()));
            for (String alias : g.aliases()) {
                aliasesExpected++;
                if (e != null && e.mentions().stream().map(Mention::text).anyMatch(alias::equals)) {
                    aliasesMerged++;
                } else {
                    misses.add(article + ": '" + alias + "' not merged into " + EntityIds.id(g.type(), g.name()));
                }
            }
        }
    }

    /**
     * Each expected quote (an occurrence of a snippet) takes the shortest quote found around it not
     * taken yet; occurrences with fewer candidates choose first, so a nested quote is not taken by its
     * outer one.
     */
    private void scoreQuotes(String article, GoldArticle gold, ArticleEnriched enriched) {
        String text = enriched.text();
        record Expected(int start, int end, String speaker, String snippet) {
        }
        List<Expected> expected = new ArrayList<>();
        for (GoldArticle.GoldQuote q : gold.quotes()) {
            int occurrence = 0;
            for (int at = text.indexOf(q.snippet()); at >= 0; at = text.indexOf(q.snippet(), at + 1)) {
                occurrence++;
                if (q.occurrence() == null || q.occurrence() == occurrence) {
                    expected.add(new Expected(at, at + q.snippet().length(), q.speaker(), q.snippet()));
                }
            }
        }
        List<Quote> found = enriched.quotes();
        expected.sort(Comparator.comparingLong(x -> found.stream().filter(f -> around(f, x.start(), x.end())).count()));
        Set<Quote> taken = new HashSet<>();
        for (Expected x : expected) {
            quotesExpected++;
            Quote match = found.stream().filter(f -> !taken.contains(f) && around(f, x.start(), x.end()))
                    .min(Comparator.comparingInt(f -> f.end() - f.start())).orElse(null);
            if (match == null) {
                misses.add(article + ": quote not found: " + x.snippet());
                continue;
            }
            taken.add(match);
            quotesFound++;
            String speaker = match.speaker() == null ? null : match.speaker().name();
            String expectedId = x.speaker() == null ? null : gold.entities().stream()
                    .filter(g -> g.name().equals(x.speaker())).map(g -> EntityIds.id(g.type(), g.name()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("gold speaker not a gold entity: " + x.speaker()));
            String foundId = match.speaker() == null ? null : match.speaker().id();
            if (Objects.equals(expectedId, foundId)) {
                speakersRight++;
            } else {
                misses.add(article + ": quote '" + x.snippet() + "' spoken by " + x.speaker() + ", found " + speaker);
            }
        }
    }

    /** The snippet may include the quote's marks, one character either side of the quoted words. */
    private static boolean around(Quote q, int start, int end) {
        return start >= q.start() - 1 && end <= q.end() + 1;
    }

    double precision(String type) {
        int[] c = byType.get(type);
        return c[1] == 0 ? 1 : (double) c[0] / c[1];
    }

    double recall(String type) {
        int[] c = byType.get(type);
        return c[2] == 0 ? 1 : (double) c[0] / c[2];
    }

    double mergeAccuracy() {
        return aliasesExpected == 0 ? 1 : (double) aliasesMerged / aliasesExpected;
    }

    double quoteRecall() {
        return quotesExpected == 0 ? 1 : (double) quotesFound / quotesExpected;
    }

    /** Right speakers (null included) among the expected quotes that were found. */
    double attributionAccuracy() {
        return quotesFound == 0 ? 1 : (double) speakersRight / quotesFound;
    }

    /** Adds another score's counts to this one (for the figures over several sets). */
    void addAll(Score other) {
        for (String type : TYPES) {
            int[] mine = byType.get(type);
            int[] theirs = other.byType.get(type);
            for (int i = 0; i < mine.length; i++) {
                mine[i] += theirs[i];
            }
        }
        aliasesExpected += other.aliasesExpected;
        aliasesMerged += other.aliasesMerged;
        quotesExpected += other.quotesExpected;
        quotesFound += other.quotesFound;
        speakersRight += other.speakersRight;
    }

    /** For a set that annotates organisations only: their precision, recall, merges and differences. */
    String organizationReport(String title) {
        int[] c = byType.get("ORGANIZATION");
        StringBuilder b = new StringBuilder(title).append(" against gold annotations\n");
        b.append(String.format("  %-12s precision %.3f (%d/%d)  recall %.3f (%d/%d)%n", "ORGANIZATION",
                precision("ORGANIZATION"), c[0], c[1], recall("ORGANIZATION"), c[0], c[2]));
        b.append(String.format("  canonical merge accuracy   %.3f (%d/%d aliases)%n", mergeAccuracy(), aliasesMerged, aliasesExpected));
        b.append("  differences:\n");
        misses.stream().filter(m -> m.contains("organization:"))
                .forEach(m -> b.append("    ").append(m).append('\n'));
        return b.toString();
    }

    String report(String title) {
        StringBuilder b = new StringBuilder(title).append(" against gold annotations\n");
        for (String type : TYPES) {
            int[] c = byType.get(type);
            b.append(String.format("  %-12s precision %.3f (%d/%d)  recall %.3f (%d/%d)%n", type,
                    precision(type), c[0], c[1], recall(type), c[0], c[2]));
        }
        b.append(String.format("  canonical merge accuracy   %.3f (%d/%d aliases)%n", mergeAccuracy(), aliasesMerged, aliasesExpected));
        b.append(String.format("  quote detection recall     %.3f (%d/%d)%n", quoteRecall(), quotesFound, quotesExpected));
        b.append(String.format("  speaker attribution        %.3f (%d/%d found quotes)%n", attributionAccuracy(), speakersRight, quotesFound));
        b.append("  differences:\n");
        misses.forEach(m -> b.append("    ").append(m).append('\n'));
        return b.toString();
    }
}
