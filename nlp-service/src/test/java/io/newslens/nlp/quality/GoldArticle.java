package io.newslens.nlp.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Our gold annotation of one article (test resource {@code gold/seeds/<article>.json}, format in its README). */
record GoldArticle(List<GoldEntity> entities, List<GoldQuote> quotes) {

    record GoldEntity(String type, String name, List<String> aliases) {
    }

    /**
     * @param snippet exact words of the quote (marks allowed); every occurrence is one expected quote
     * @param occurrence when given, only that occurrence of the snippet (1 for the first) is this quote: a marked word
     *        written twice with two speakers ("this 'put' is valid" ... Merrill Lynch's "cancel the 'put'")
     */
    record GoldQuote(String snippet, String speaker, Integer occurrence) {
    }

    /**
     * The annotation with each entity the alias table lists under another name called by the table's name ("UN" →
     * "United Nations"), as the seeds README's convention says; also in the quotes' speakers. Annotators who never saw
     * the table named some such entities as the article writes them.
     *
     * @param tableNames {@link #aliasTableNames()}
     */
    GoldArticle inTableNames(Map<String, String> tableNames) {
        Map<String, String> renamed = new HashMap<>();
        List<GoldEntity> named = entities.stream().map(e -> {
            String name = tableNames.getOrDefault(e.type() + "|" + e.name(), e.name());
            renamed.put(e.name(), name);
            return new GoldEntity(e.type(), name, e.aliases());
        }).toList();
        List<GoldQuote> spoken = quotes.stream()
                .map(q -> new GoldQuote(q.snippet(), q.speaker() == null ? null : renamed.getOrDefault(q.speaker(), q.speaker()),
                        q.occurrence()))
                .toList();
        return new GoldArticle(named, spoken);
    }

    /**
     * "ORGANIZATION|UN" → "United Nations": the name {@code /nlp/entity-aliases.txt} gives each of its plain aliases
     * (not its "~" metonyms nor its "+" adjectives), by type and alias as written.
     */
    static Map<String, String> aliasTableNames() {
        Map<String, String> names = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                GoldArticle.class.getResourceAsStream("/nlp/entity-aliases.txt"), StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
                String[] fields = line.split("\\|");
                for (String alias : fields[2].split(";")) {
                    String written = alias.strip();
                    if (!written.startsWith("~") && !written.startsWith("+")) {
                        names.put(fields[0].strip() + "|" + written, fields[1].strip());
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
