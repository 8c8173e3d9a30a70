package io.newslens.nlp.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Quote;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.nlp.quality.PolnearAttributions.Attribution;
import io.newslens.nlp.service.ArticleEnricher;
import io.newslens.nlp.service.NlpPipeline;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Speaker attribution measured against someone else's gold: PolNeAR, the Political News Attribution Relations
 * corpus (1,008 articles of 2016 US election coverage from seven publishers, each attribution's source, cue and
 * content annotated by trained annotators; github.com/networkdynamics/PolNeAR). Not part of the build: the corpus is
 * not in {@code ../shared}, so it is run by hand on a checkout of it, {@code -Dpolnear.dir=<checkout>/data}, one
 * split at a time ({@code -Dpolnear.split=train|dev|test}, default dev). Nothing of the corpus is copied here.
 *
 * <p>Each quotation the service finds is matched to the PolNeAR attribution whose content holds most of it, and
 * judged by that attribution's source:
 * <ul>
 * <li><b>named</b> (the source holds a capitalised word after any leading article, its first word only when the
 * article never writes it in lower case, so not "One man" or "His campaign": "Clinton campaign spokesman Brian
 * Fallon", "the Times"): right when the service's speaker has a mention inside the source, or shares one of its
 * capitalised words ("Trump" for "Mr. Trump"); so a campaign's words given to its candidate count as right;</li>
 * <li><b>described</b>, among the named: a source led by an article, a number or a possessive whose head noun is no
 * name and which no name follows in apposition ("the Florida senator", "a spokesman for committee Democrats"). Judged
 * as named, since round 28 did, and reported apart too ("names only" leaves them out): their capitalised words are
 * not the speaker's name, so the right speaker (Marco Rubio, or nobody) counts as wrong;</li>
 * <li><b>pronoun</b> ("he", "they") and <b>nominal</b> ("the newspaper", "an aide"): PolNeAR does not say who they
 * are, so these are counted, not judged;</li>
 * <li><b>outside</b>: a quotation inside no attribution's content (a scare quote, a title), where the right answer
 * is usually nobody.</li>
 * </ul>
 * A quotation inside another is not scored: PolNeAR's content spans are the outer quotation's, so it would count the
 * outer speaker as right for words the article gives to someone else ("He said: 'As Hyde put it, "..."'").
 * Quote detection recall counts PolNeAR attributions whose content holds a double quotation mark (or the New York
 * Times' two apostrophes) and that overlap a quotation of the service. The report goes to standard output and each
 * wrong named speaker to {@code target/polnear-<split>.txt}, a described source marked "[described]".
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class PolnearEvaluation {

    private static final Pattern QUOTATION_MARK = Pattern.compile("[\"“”]|''");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her",
            "their", "its", "our", "my", "him", "them", "us", "who", "which", "that");
    /** Capitalised words of a source that do not say who it is. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep",
            "Gov", "President", "Senator", "Secretary", "Former", "Democratic", "Republican", "U.S", "US");

    @Inject
    ArticleEnricher enricher;
    @Inject
    NlpPipeline pipeline;

    private enum Kind { NAMED, DESCRIBED, PRONOUN, NOMINAL, NO_SOURCE, OUTSIDE }

    /** An article, a number or a possessive opening a source: "the Florida senator", "one intelligence source". */
    private static final Pattern DETERMINER_LED = Pattern.compile(
            "(?i)(?:the|a|an|one|another|two|three|several|some|many|his|her|their|its)\\s+(.+)", Pattern.DOTALL);
    /** Where the noun phrase at the head of a description ends: a comma, or a preposition, relative or participle. */
    private static final Pattern HEAD_PHRASE_END = Pattern.compile(",|\\s(?:for|of|from|at|in|on|with|to|by|who|whom|"
            + "whose|which|that|familiar|close|released|based|working|writing)\\b");

    @Test
    void scoreSpeakerAttribution() throws Exception {
        String dir = System.getProperty("polnear.dir");
        assumeTrue(dir != null, "PolNeAR evaluation skipped: give -Dpolnear.dir=<PolNeAR checkout>/data");
        String split = System.getProperty("polnear.split", "dev");
        Path texts = Path.of(dir, split, "text");
        Path annotations = Path.of(dir, split, "attributions");
        assumeTrue(Files.isDirectory(texts) && Files.isDirectory(annotations), "no PolNeAR split at " + texts);
        pipeline.whenReady().toCompletableFuture().get(3, TimeUnit.MINUTES);

        Tally total = new Tally();
        Map<String, Tally> byPublisher = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<Path> annotationFiles = list(annotations, ".ann");
        for (Path textFile : list(texts, ".txt")) {
            String article = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
            // Articles annotated twice (for agreement) are scored against the first annotator's file.
            Path annotation = annotationFiles.stream()
                    .filter(p -> p.getFileName().toString().startsWith(article + "_")).findFirst().orElseThrow();
            Tally tally = byPublisher.computeIfAbsent(article.substring(0, article.indexOf('_')), p -> new Tally());
            score(article, Files.readString(textFile), PolnearAttributions.read(annotation), List.of(total, tally),
                    misses);
        }
        StringBuilder report = new StringBuilder("PolNeAR " + split + " split against its attributions\n")
                .append(total.report("all publishers"));
        byPublisher.forEach((publisher, t) -> report.append(t.report(publisher)));
        System.out.println(report);
        Files.writeString(Path.of("target", "polnear-" + split + ".txt"), String.join("\n", misses) + "\n");
        assertThat(total.goldQuoted).as("PolNeAR attributions with a quotation").isPositive();
    }

    /** Adds one article's quotations to {@code tallies} and its wrong named speakers to {@code misses}. */
    private void score(String article, String text, PolnearAttributions attributions, List<Tally> tallies,
            List<String> misses) {
        List<Attribution> quoted = attributions.attributions().stream()
                .filter(a -> QUOTATION_MARK.matcher(a.contentText(text)).find()).toList();
        ArticleEnriched enriched = enricher.enrich(new ArticleIngested(ArticleIngested.SCHEMA_VERSION, article,
                null, null, null, published(article), "en", text, Instant.now(), null));
        int found = (int) quoted.stream().filter(a -> enriched.quotes().stream()
                .anyMatch(q -> a.contentOverlap(q.start(), q.end()) > 0)).count();
        tallies.forEach(t -> t.addGold(quoted.size(), found));
        for (Quote quote : enriched.quotes()) {
            if (enriched.quotes().stream().anyMatch(outer -> outer != quote && outer.start() <= quote.start()
                    && quote.end() <= outer.end())) {
                continue; // PolNeAR gives a quote inside a quotation to the outer speaker, whoever said it
            }
            Attribution gold = quoted.stream()
                    .max(Comparator.comparingInt(a -> a.contentOverlap(quote.start(), quote.end())))
                    .filter(a -> 2 * a.contentOverlap(quote.start(), quote.end()) >= quote.end() - quote.start())
                    .orElse(null);
            Kind kind = kind(gold, text);
            boolean attributed = quote.speaker() != null;
            boolean named = kind == Kind.NAMED || kind == Kind.DESCRIBED;
            boolean right = named && attributed && sameSpeaker(gold, text, enriched, quote);
            tallies.forEach(t -> t.add(kind, attributed, right));
            if (named && !right) {
                String source = (kind == Kind.DESCRIBED ? "[described] " : "") + gold.sourceText(text);
                misses.add(article + "@" + quote.start() + ": " + head(quote.text()) + " | gold: " + source
                        + " | found: " + (attributed ? quote.speaker().name() : null)
                        + " | in source: " + inSource(gold, enriched));
            }
        }
    }

    private static Kind kind(Attribution gold, String text) {
        if (gold == null) {
            return Kind.OUTSIDE;
        }
        if (gold.source().isEmpty()) {
            return Kind.NO_SOURCE;
        }
        String source = gold.sourceText(text);
        List<String> words = Arrays.stream(source.split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.stream().allMatch(w -> PRONOUNS.contains(w.toLowerCase(Locale.ROOT).replaceAll("\\W", "")))) {
            return Kind.PRONOUN;
        }
        Set<String> names = names(source);
        String first = words.get(0).replaceAll("\\W+$", "");
        if (Pattern.compile("\\b" + Pattern.quote(first.toLowerCase(Locale.ROOT)) + "\\b").matcher(text).find()) {
            names.remove(first); // "One man", "Another", "His campaign": capitalised only as a sentence's first word
        }
        if (names.isEmpty()) {
            return Kind.NOMINAL;
        }
        return describes(source) ? Kind.DESCRIBED : Kind.NAMED;
    }

    /**
     * A source that describes someone and names nobody, though it holds capitalised words: "the Florida senator", "a
     * spokesman for committee Democrats", "the order released Friday". Its head noun is not a name, and no name
     * follows in apposition ("An Israeli blogger, Tal Schneider" is named). The right speaker is the person described
     * (Marco Rubio) or nobody, which the source's words cannot check.
     */
    private static boolean describes(String source) {
        Matcher led = DETERMINER_LED.matcher(source.strip());
        if (!led.matches()) {
            return false;
        }
        String rest = led.group(1);
        Matcher end = HEAD_PHRASE_END.matcher(rest);
        String phrase = (end.find() ? rest.substring(0, end.start()) : rest).strip();
        String head = phrase.substring(phrase.lastIndexOf(' ') + 1);
        boolean apposedName = Arrays.stream(rest.split(",")).skip(1).map(String::strip)
                .anyMatch(part -> !part.isEmpty() && Character.isUpperCase(part.charAt(0)) && !names(part).isEmpty());
        return names(head).isEmpty() && !apposedName;
    }

    /** The capitalised words of {@code phrase} that may name someone. */
    private static Set<String> names(String phrase) {
        return Arrays.stream(phrase.split("[^\\p{L}\\p{N}.'’-]+"))
                .map(w -> w.replaceAll("^\\W+|['’]s$|\\W+$", ""))
                .filter(w -> w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(w))
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static boolean sameSpeaker(Attribution gold, String text, ArticleEnriched enriched, Quote quote) {
        Entity speaker = enriched.entities().stream().filter(e -> e.id().equals(quote.speaker().id())).findFirst()
                .orElse(null);
        if (speaker == null) {
            return false;
        }
        if (mentionedInSource(speaker, gold)) {
            return true;
        }
        Set<String> sourceNames = names(gold.sourceText(text));
        return Stream.concat(Stream.of(speaker.name()), speaker.aliases().stream())
                .flatMap(alias -> names(alias).stream()).anyMatch(sourceNames::contains);
    }

    /** The entities with a mention inside the source, to tell NER's misses from attribution's. */
    private static List<String> inSource(Attribution gold, ArticleEnriched enriched) {
        return enriched.entities().stream().filter(e -> mentionedInSource(e, gold)).map(Entity::id).toList();
    }

    private static boolean mentionedInSource(Entity entity, Attribution gold) {
        return entity.mentions().stream()
                .anyMatch(m -> gold.source().stream().anyMatch(s -> s.overlaps(m.start(), m.end())));
    }

    private static Instant published(String article) {
        String[] parts = article.split("_");
        return LocalDate.parse(parts[1]).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String head(String quote) {
        String line = quote.replace('\n', ' ');
        return line.length() > 60 ? line.substring(0, 60) : line;
    }

    private static List<Path> list(Path directory, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Counts for one report line. */
    private static final class Tally {
        int goldQuoted;
        int goldFound;
        final Map<Kind, int[]> byKind = new TreeMap<>();

        void addGold(int quoted, int found) {
            goldQuoted += quoted;
            goldFound += found;
        }

        /** Per kind: quotations, with a speaker, judged right. */
        void add(Kind kind, boolean attributed, boolean right) {
            int[] counts = byKind.computeIfAbsent(kind, k -> new int[3]);
            counts[0]++;
            counts[1] += attributed ? 1 : 0;
            counts[2] += right ? 1 : 0;
        }

        String report(String title) {
            int[] names = byKind.getOrDefault(Kind.NAMED, new int[3]);
            int[] described = byKind.getOrDefault(Kind.DESCRIBED, new int[3]);
            int right = names[2] + described[2];
            int judged = names[0] + described[0];
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "  %-16s named-source attribution %.3f (%d/%d)  names only %.3f (%d/%d)  quote detection %.3f (%d/%d)",
                    title, ratio(right, judged), right, judged, ratio(names[2], names[0]), names[2], names[0],
                    ratio(goldFound, goldQuoted), goldFound, goldQuoted));
            byKind.forEach((kind, c) -> line.append(String.format(Locale.ROOT, "  %s %d (%d with a speaker)",
                    kind.name().toLowerCase(Locale.ROOT), c[0], c[1])));
            return line.append('\n').toString();
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }
}
