package io.newslens.nlp.service;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The usual sex of a first name, from the name list CoreNLP's coreference models ship
 * ({@code dcoref/namegender.combine.txt}, 14,600 names: "daniel MALE"), so that "she" does not stand for a Daniel, and
 * from {@link #SUPPLEMENT}, 2,900 names news writes and that list, drawn from US data, lacks ("Liam", "Cate",
 * "Arsene"). A name the list gives both sexes ("jordan", "morgan"), or that English gives both, tells nothing.
 */
final class NameSexes {

    static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    /** Our own names that CoreNLP's list lacks ("liam male", "cate female"); never one it has. */
    static final String SUPPLEMENT = "/nlp/first-name-sexes.txt";
    private static final String BOTH = "BOTH";
    /**
     * Names English gives both sexes, though the list has one sex for them ("leslie" FEMALE for Leslie Grantham, "lee"
     * MALE for a Lee who is "she").
     */
    private static final Set<String> EITHER = Set.of("lee", "leslie", "lesley", "kim", "chris", "alex", "sam", "jo", "pat",
            "terry", "robin", "ashley", "kelly", "jamie", "casey", "jordan", "taylor", "morgan", "jean", "dana", "drew",
            "sandy", "shannon", "tracy", "lindsay", "sydney", "charlie", "frankie", "billie", "jackie", "toni", "roni",
            "nicky", "stevie", "jesse", "jessie", "carey", "cary", "marion", "hilary", "evelyn", "sasha", "andrea",
            "nikita", "ali", "rene", "dale", "glenn", "kelsey", "avery", "riley", "quinn", "rowan", "kai", "eden");
    private static final Map<String, String> BY_NAME = load();

    private NameSexes() {
    }

    /** "MALE" or "FEMALE" for the person's first word ("Céline Dion" as "celine"), if the list knows it for one sex. */
    static Optional<String> of(String personName) {
        String first = personName.strip().split("\\s+")[0];
        String name = plain(first);
        String sex = BY_NAME.get(name);
        return sex == null || sex.equals(BOTH) || EITHER.contains(name) ? Optional.empty() : Optional.of(sex);
    }

    private static String plain(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> load() {
        Map<String, String> byName = new HashMap<>();
        for (String line : ResourceLines.read(RESOURCE)) {
            String[] columns = line.split("\t");
            if (columns.length == 2 && (columns[1].equals("MALE") || columns[1].equals("FEMALE"))) {
                byName.merge(columns[0].strip(), columns[1], (a, b) -> a.equals(b) ? a : BOTH);
            }
        }
        for (String line : ResourceLines.read(SUPPLEMENT)) {
            String[] columns = line.split(" ");
            byName.putIfAbsent(columns[0], columns[1].toUpperCase(Locale.ROOT));
        }
        return byName;
    }

    /** The supplement's lines that are not "name male" or "name female", or that CoreNLP's list already has. */
    static List<String> malformedSupplement() {
        Map<String, String> coreNlp = new HashMap<>();
        ResourceLines.read(RESOURCE).forEach(line -> coreNlp.put(line.split("\t")[0].strip(), line));
        return ResourceLines.read(SUPPLEMENT).stream()
                .filter(line -> !line.matches("[a-z'-]+ (?:male|female)") || coreNlp.containsKey(line.split(" ")[0]))
                .toList();
    }
}
