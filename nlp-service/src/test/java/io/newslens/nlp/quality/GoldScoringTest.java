package io.newslens.nlp.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.nlp.service.ArticleEnricher;
import io.newslens.nlp.service.NlpPipeline;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Scores the service's enrichment against our gold annotations: the five seed articles
 * ({@code src/test/resources/gold/seeds/}), 20 BBC articles the rules were tuned on ({@code gold/bbc/},
 * politics and business 001-010) and the sets of BBC articles they were not tuned on at first
 * ({@code gold/heldout/}, {@code gold/unseen/} to {@code gold/unseen15/}, {@code gold/orgs7/}). Entity precision and recall per
 * type, canonical merges, quote detection and speaker
 * attribution, per set and combined. The figures are printed and recorded in docs/nlp.md; the
 * assertions hold the targets where they are met and the measured level where not, so that a
 * regression fails.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class GoldScoringTest {

    /**
     * Annotated before the rules of this round were written and never tuned on; their differences before
     * the round were printed once (and some rules answer misses seen there, docs/nlp.md says which).
     */
    private static final List<String> HELD_OUT = List.of("politics-050", "politics-051", "politics-052",
            "politics-053", "politics-054", "business-050", "business-051", "business-052", "business-053",
            "business-054", "tech-050", "tech-051", "tech-052");

    /** Annotated before this round of rules and scored once when it was done; the last rules answer what it showed. */
    private static final List<String> UNSEEN = List.of("politics-060", "politics-061", "business-060",
            "business-061", "tech-060", "tech-061");
    /** Annotated before those last rules and not scored until they were done: nothing about them was seen. */
    private static final List<String> UNSEEN_2 = List.of("politics-070", "politics-071", "business-070",
            "business-071", "tech-070");
    /** Annotated before round 6's rules (nlpVersion newslens-7) and scored once when they were done, blind. */
    private static final List<String> UNSEEN_3 = List.of("politics-080", "politics-081", "politics-082",
            "business-081", "business-082", "tech-080", "tech-081");
    /** Annotated in session 9 and committed before the service ran on them; the first gold with all five sections. */
    private static final List<String> UNSEEN_4 = List.of("entertainment-093", "entertainment-094", "sport-090",
            "sport-093", "politics-094", "business-091", "tech-091", "tech-094");
    /** Annotated in session 9 while round 7's rules were written from unseen4's misses; scored once, blind, when done. */
    private static final List<String> UNSEEN_5 = List.of("entertainment-090", "sport-094", "sport-097",
            "politics-093", "politics-095", "business-093", "business-097", "tech-090");
    /** Annotated after round 7's last rules and scored once, blind; no rule changed after that score. */
    private static final List<String> UNSEEN_6 = List.of("entertainment-097", "sport-099", "politics-097",
            "politics-098", "business-100", "tech-098");
    /**
     * Organisations only (no quotes, no other types), annotated in session 10 after known-organizations.txt was
     * written and before the service ran on them; scored for ORGANIZATION recall and precision.
     */
    private static final List<String> ORGS_7 = List.of("business-110", "business-120", "politics-110",
            "politics-120", "tech-110", "tech-120", "entertainment-110", "sport-110");
    /** Annotated in session 10 after its rules (newslens-9) and scored once, blind. */
    private static final List<String> UNSEEN_8 = List.of("politics-130", "politics-140", "business-130", "tech-130",
            "entertainment-130", "sport-130");
    /** Annotated in session 10 after newslens-10 and scored once, blind; one rule (newslens-11) followed. */
    private static final List<String> UNSEEN_9 = List.of("politics-150", "politics-160", "business-150", "tech-150",
            "entertainment-150", "sport-150");
    /** Annotated in session 10 after newslens-12 and scored once, blind; no rule changed after that score. */
    private static final List<String> UNSEEN_10 = List.of("politics-170", "business-170", "business-180", "tech-170",
            "entertainment-170", "sport-170");
    /** Annotated in session 10 after newslens-13 and scored once, blind; no rule changed after that score. */
    private static final List<String> UNSEEN_11 = List.of("politics-180", "politics-190", "business-190", "tech-180",
            "entertainment-180", "sport-200");
    /** Annotated in session 15 by the text alone, committed before the service ran on them; scored once, blind. */
    private static final List<String> UNSEEN_12 = List.of("politics-210", "politics-220", "business-210", "tech-210",
            "entertainment-210", "sport-210");
    /** Annotated with unseen12, the same way. */
    private static final List<String> UNSEEN_13 = List.of("politics-230", "business-220", "business-231", "tech-220",
            "entertainment-220", "sport-220");
    /** Annotated in session 15 after newslens-14, the same way; scored once, blind, with newslens-14. */
    private static final List<String> UNSEEN_14 = List.of("politics-240", "politics-251", "business-240", "tech-240",
            "entertainment-240", "sport-241");
    /** Annotated with unseen14, the same way. */
    private static final List<String> UNSEEN_15 = List.of("politics-260", "politics-270", "business-252", "business-260",
            "tech-251", "tech-261", "entertainment-251", "sport-250");
    // Measured levels of the sets not tuned on (docs/nlp.md), a little under. Round 6's rules answer misses
    // of heldout, unseen and unseen2, so only unseen3's first score (0.636, 0.838) was blind.
    private static final double HELD_OUT_ATTRIBUTION = 0.93;
    private static final double HELD_OUT_ORGANIZATIONS = 0.95;
    private static final double UNSEEN_ATTRIBUTION = 0.72;
    private static final double UNSEEN_ORGANIZATIONS = 0.93;
    private static final double UNSEEN_2_ATTRIBUTION = 0.90;
    private static final double UNSEEN_2_ORGANIZATIONS = 0.94;
    private static final double UNSEEN_3_ATTRIBUTION = 0.78;
    private static final double UNSEEN_3_ORGANIZATIONS = 0.89;
    // Round 7 was written from unseen4's misses (blind: 0.557, 0.563), its last rules from unseen5's (blind: 0.804).
    private static final double UNSEEN_4_ATTRIBUTION = 0.95;
    private static final double UNSEEN_4_ORGANIZATIONS = 0.87;
    private static final double UNSEEN_5_ATTRIBUTION = 0.93;
    private static final double UNSEEN_5_ORGANIZATIONS = 0.78;
    /** Two musicians' names (Eminem, Tote King) are not tagged in unseen5's tech-090 ("artist Papo Record" is). */
    private static final double UNSEEN_5_PERSONS = 0.93;
    // unseen6's blind score of round 7's final code was 0.813 and 0.650; session 10's pronoun rules answer 4 of its
    // misses (Principle C, a date after a preposition) and known-organizations.txt 3, so it is no longer blind.
    private static final double UNSEEN_6_ATTRIBUTION = 0.93;
    private static final double UNSEEN_6_ORGANIZATIONS = 0.80;
    // orgs7, blind: 0.517 with round 7's code, 0.552 with known-organizations.txt; 0.621 with newslens-12's
    // publication rules, written from the misses of orgs7, unseen8 and unseen9.
    private static final double ORGS_7_ORGANIZATIONS = 0.62;
    // unseen8, blind with newslens-9: attribution 0.667, ORGANIZATION recall 0.639 (0.667 after one gold name was
    // brought to the suffix convention); after the rules written from its misses (newslens-10): 0.842 and 0.722.
    private static final double UNSEEN_8_ATTRIBUTION = 0.84;
    // newslens-15's "X boss" as an organisation ("Larne boss"): 0.778.
    private static final double UNSEEN_8_ORGANIZATIONS = 0.77;
    // unseen9's blind score with newslens-10: attribution 0.786, ORGANIZATION recall 0.679, PERSON recall 0.900 (NER
    // leaves "Usher" and "Jay-Z" untagged and calls "Noe Pamarot" a place). newslens-11's descriptions as cue
    // subjects ("the Dutchman said") were written from its misses: attribution 0.929.
    private static final double UNSEEN_9_ATTRIBUTION = 0.92;
    private static final double UNSEEN_9_ORGANIZATIONS = 0.71;
    // PERSON recall 0.933 since newslens-13's occupations ("singer Usher").
    private static final double UNSEEN_9_PERSONS = 0.93;
    // unseen10's blind score with newslens-12, kept as its floor: attribution 0.929, ORGANIZATION recall 0.741,
    // PERSON recall 0.933 (1.000 since newslens-13's occupations: "bullfighter Manolete"). Round 7's code
    // (newslens-8) scores unseen9 and unseen10 exactly as newslens-12 does.
    private static final double UNSEEN_10_ATTRIBUTION = 0.92;
    private static final double UNSEEN_10_ORGANIZATIONS = 0.74;
    private static final double UNSEEN_10_PERSONS = 0.95;
    // unseen11's blind score with newslens-13, kept as its floor: attribution 0.816, ORGANIZATION recall 0.857, PERSON
    // recall 0.906. Round 7's code: the same but for one organisation (0.810). newslens-14's joined verb ("but
    // stressed") gives it one more quotation, not written from its misses: 0.842.
    private static final double UNSEEN_11_ATTRIBUTION = 0.84;
    private static final double UNSEEN_11_ORGANIZATIONS = 0.85;
    private static final double UNSEEN_11_PERSONS = 0.90;
    // unseen12's and unseen13's blind scores with newslens-13, kept as their floors: attribution 0.735 and 0.839,
    // ORGANIZATION recall 0.897 and 0.711, PERSON recall 0.842 and 1.000. newslens-14's rules were written from
    // unseen12's misses: 0.941 (PERSON 0.895).
    private static final double UNSEEN_12_ATTRIBUTION = 0.94;
    private static final double UNSEEN_12_ORGANIZATIONS = 0.89;
    private static final double UNSEEN_12_PERSONS = 0.89;
    private static final double UNSEEN_13_ATTRIBUTION = 0.83;
    private static final double UNSEEN_13_ORGANIZATIONS = 0.71;
    private static final double UNSEEN_13_PERSONS = 0.95;
    // unseen14's and unseen15's blind scores with newslens-14, kept as their floors: attribution 0.647 and 0.727,
    // ORGANIZATION recall 0.619 and 0.711, PERSON recall 1.000 both. newslens-15's two rules were written from
    // unseen15's misses (a name before "founder"/"boss" is an organisation, a lone surname typed a place is the
    // person): unseen15 0.800 and 0.737; unseen14 unchanged.
    private static final double UNSEEN_14_ATTRIBUTION = 0.64;
    private static final double UNSEEN_14_ORGANIZATIONS = 0.61;
    private static final double UNSEEN_15_ATTRIBUTION = 0.80;
    private static final double UNSEEN_15_ORGANIZATIONS = 0.73;

    private static final List<String> SEEDS = List.of("000_c5a94af7eacc4306", "001_459c1da9db5dd484",
            "002_076bccee9a179dba", "003_c57c071476f4b5ea", "004_435511b6664966e9");

    @Inject
    ArticleEnricher enricher;
    @Inject
    NlpPipeline pipeline;
    @Inject
    ObjectMapper mapper;

    @Test
    void seedAndBbcArticlesMeetTheQualityTargets() throws Exception {
        Path corpus = Path.of(System.getProperty("newslens.shared.dir", "../../shared"), "corpus");
        assumeTrue(Files.isDirectory(corpus.resolve("seeds")) && Files.isDirectory(corpus.resolve("bbc")),
                "Corpus not found at " + corpus.toAbsolutePath()
                        + " (seeds/, bbc/): check out ../shared beside the project to score the enrichment");
        pipeline.whenReady().toCompletableFuture().get(3, TimeUnit.MINUTES);

        Function<String, Path> bbcText = name -> corpus.resolve("bbc").resolve(name.replace('-', '/') + ".txt");
        Score seeds = score("seeds", SEEDS, seed -> corpus.resolve("seeds").resolve(seed + ".txt"));
        Score bbc = score("bbc", bbcArticles(), bbcText);
        Score heldOut = score("heldout", HELD_OUT, bbcText);
        Score unseen = score("unseen", UNSEEN, bbcText);
        Score unseen2 = score("unseen2", UNSEEN_2, bbcText);
        Score unseen3 = score("unseen3", UNSEEN_3, bbcText);
        Score unseen4 = score("unseen4", UNSEEN_4, bbcText);
        Score unseen5 = score("unseen5", UNSEEN_5, bbcText);
        Score unseen6 = score("unseen6", UNSEEN_6, bbcText);
        Score orgs7 = score("orgs7", ORGS_7, bbcText);
        Score unseen8 = score("unseen8", UNSEEN_8, bbcText);
        Score unseen9 = score("unseen9", UNSEEN_9, bbcText);
        Score unseen10 = score("unseen10", UNSEEN_10, bbcText);
        Score unseen11 = score("unseen11", UNSEEN_11, bbcText);
        Score unseen12 = score("unseen12", UNSEEN_12, bbcText);
        Score unseen13 = score("unseen13", UNSEEN_13, bbcText);
        Score unseen14 = score("unseen14", UNSEEN_14, bbcText);
        Score unseen15 = score("unseen15", UNSEEN_15, bbcText);
        Score all = new Score();
        all.addAll(seeds);
        all.addAll(bbc);
        System.out.println(seeds.report("Seed articles (5)"));
        System.out.println(bbc.report("BBC articles (20, the rules were tuned on them)"));
        System.out.println(all.report("Both sets (25)"));
        System.out.println(heldOut.report("Held-out BBC articles (13, not tuned on; baseline seen)"));
        System.out.println(unseen.report("Unseen BBC articles (6, scored once before the last rules)"));
        System.out.println(unseen2.report("Second unseen BBC articles (5, scored once before round 6)"));
        System.out.println(unseen3.report("Third unseen BBC articles (7, kept from round 6's tuning)"));
        System.out.println(unseen4.report("Fourth unseen BBC articles (8, all sections)"));
        System.out.println(unseen5.report("Fifth unseen BBC articles (8, blind for round 7)"));
        System.out.println(unseen6.report("Sixth unseen BBC articles (6, blind for round 7's last rules)"));
        System.out.println(orgs7.organizationReport("Seventh unseen BBC articles (8, organisations only)"));
        System.out.println(unseen8.report("Eighth unseen BBC articles (6, blind for session 10's rules)"));
        System.out.println(unseen9.report("Ninth unseen BBC articles (6, blind for newslens-10)"));
        System.out.println(unseen10.report("Tenth unseen BBC articles (6, blind for newslens-12)"));
        System.out.println(unseen11.report("Eleventh unseen BBC articles (6, blind for newslens-13)"));
        System.out.println(unseen12.report("Twelfth unseen BBC articles (6, blind for newslens-13; newslens-14 from it)"));
        System.out.println(unseen13.report("Thirteenth unseen BBC articles (6, blind for newslens-13)"));
        System.out.println(unseen14.report("Fourteenth unseen BBC articles (6, blind for newslens-14)"));
        System.out.println(unseen15.report("Fifteenth unseen BBC articles (8, blind for newslens-14; newslens-15 from it)"));

        SoftAssertions soft = new SoftAssertions();
        // The targets, met on the seeds and the tuning set.
        for (Score s : List.of(seeds, bbc)) {
            soft.assertThat(s.quoteRecall()).as("quote detection recall").isGreaterThanOrEqualTo(0.95);
            soft.assertThat(s.recall("PERSON")).as("PERSON recall").isGreaterThanOrEqualTo(0.95);
            soft.assertThat(s.recall("ORGANIZATION")).as("ORGANIZATION recall").isGreaterThanOrEqualTo(0.95);
            soft.assertThat(s.attributionAccuracy()).as("speaker attribution").isGreaterThanOrEqualTo(0.90);
        }
        // No targets in the issue: the measured levels (docs/nlp.md), a little under, against regressions.
        soft.assertThat(bbc.attributionAccuracy()).as("bbc: speaker attribution").isGreaterThanOrEqualTo(0.94);
        soft.assertThat(seeds.recall("LOCATION")).as("seeds: LOCATION recall").isGreaterThanOrEqualTo(0.95);
        soft.assertThat(bbc.recall("LOCATION")).as("bbc: LOCATION recall").isGreaterThanOrEqualTo(0.93);
        soft.assertThat(seeds.precision("PERSON")).as("seeds: PERSON precision").isGreaterThanOrEqualTo(0.85);
        soft.assertThat(bbc.precision("PERSON")).as("bbc: PERSON precision").isGreaterThanOrEqualTo(0.86);
        soft.assertThat(seeds.precision("ORGANIZATION")).as("seeds: ORGANIZATION precision").isGreaterThanOrEqualTo(0.95);
        soft.assertThat(bbc.precision("ORGANIZATION")).as("bbc: ORGANIZATION precision").isGreaterThanOrEqualTo(0.85);
        soft.assertThat(seeds.precision("LOCATION")).as("seeds: LOCATION precision").isGreaterThanOrEqualTo(0.99);
        soft.assertThat(bbc.precision("LOCATION")).as("bbc: LOCATION precision").isGreaterThanOrEqualTo(0.95);
        soft.assertThat(seeds.mergeAccuracy()).as("seeds: canonical merge accuracy").isGreaterThanOrEqualTo(0.97);
        soft.assertThat(bbc.mergeAccuracy()).as("bbc: canonical merge accuracy").isGreaterThanOrEqualTo(0.95);
        // Articles the rules were not tuned on: below the targets for attribution and organisations, held
        // at the measured level so that a rule that helps the tuning set at their cost shows.
        for (Score s : List.of(heldOut, unseen, unseen2, unseen3, unseen4, unseen5, unseen6, unseen8)) {
            // unseen2 has a stray closing mark in its source ('for terrorists".') that swallows two quotes: 0.92.
            soft.assertThat(s.quoteRecall()).as("not tuned on: quote detection recall").isGreaterThanOrEqualTo(0.90);
            soft.assertThat(s.recall("PERSON")).as("not tuned on: PERSON recall")
                    .isGreaterThanOrEqualTo(s == unseen5 ? UNSEEN_5_PERSONS : 0.95);
        }
        holdsMeasuredLevel(soft, "held-out", heldOut, HELD_OUT_ATTRIBUTION, HELD_OUT_ORGANIZATIONS);
        holdsMeasuredLevel(soft, "unseen", unseen, UNSEEN_ATTRIBUTION, UNSEEN_ORGANIZATIONS);
        holdsMeasuredLevel(soft, "unseen2", unseen2, UNSEEN_2_ATTRIBUTION, UNSEEN_2_ORGANIZATIONS);
        holdsMeasuredLevel(soft, "unseen3", unseen3, UNSEEN_3_ATTRIBUTION, UNSEEN_3_ORGANIZATIONS);
        holdsMeasuredLevel(soft, "unseen4", unseen4, UNSEEN_4_ATTRIBUTION, UNSEEN_4_ORGANIZATIONS);
        holdsMeasuredLevel(soft, "unseen5", unseen5, UNSEEN_5_ATTRIBUTION, UNSEEN_5_ORGANIZATIONS);
        holdsMeasuredLevel(soft, "unseen6", unseen6, UNSEEN_6_ATTRIBUTION, UNSEEN_6_ORGANIZATIONS);
        holdsMeasuredLevel(soft, "unseen8", unseen8, UNSEEN_8_ATTRIBUTION, UNSEEN_8_ORGANIZATIONS);
        holdsMeasuredLevel(soft, "unseen9", unseen9, UNSEEN_9_ATTRIBUTION, UNSEEN_9_ORGANIZATIONS, UNSEEN_9_PERSONS);
        holdsMeasuredLevel(soft, "unseen10", unseen10, UNSEEN_10_ATTRIBUTION, UNSEEN_10_ORGANIZATIONS, UNSEEN_10_PERSONS);
        holdsMeasuredLevel(soft, "unseen11", unseen11, UNSEEN_11_ATTRIBUTION, UNSEEN_11_ORGANIZATIONS, UNSEEN_11_PERSONS);
        holdsMeasuredLevel(soft, "unseen12", unseen12, UNSEEN_12_ATTRIBUTION, UNSEEN_12_ORGANIZATIONS, UNSEEN_12_PERSONS);
        holdsMeasuredLevel(soft, "unseen13", unseen13, UNSEEN_13_ATTRIBUTION, UNSEEN_13_ORGANIZATIONS, UNSEEN_13_PERSONS);
        holdsMeasuredLevel(soft, "unseen14", unseen14, UNSEEN_14_ATTRIBUTION, UNSEEN_14_ORGANIZATIONS, 0.95);
        holdsMeasuredLevel(soft, "unseen15", unseen15, UNSEEN_15_ATTRIBUTION, UNSEEN_15_ORGANIZATIONS, 0.95);
        soft.assertThat(orgs7.recall("ORGANIZATION")).as("orgs7: ORGANIZATION recall")
                .isGreaterThanOrEqualTo(ORGS_7_ORGANIZATIONS);
        soft.assertAll();
    }

    /** As below, and quote detection ≥ 0.95 and PERSON recall at its measured level (the sets of session 10). */
    private static void holdsMeasuredLevel(SoftAssertions soft, String set, Score score, double attribution,
            double organizations, double persons) {
        holdsMeasuredLevel(soft, set, score, attribution, organizations);
        soft.assertThat(score.quoteRecall()).as(set + ": quote detection recall").isGreaterThanOrEqualTo(0.95);
        soft.assertThat(score.recall("PERSON")).as(set + ": PERSON recall").isGreaterThanOrEqualTo(persons);
    }

    private static void holdsMeasuredLevel(SoftAssertions soft, String set, Score score, double attribution,
            double organizations) {
        soft.assertThat(score.attributionAccuracy()).as(set + ": speaker attribution").isGreaterThanOrEqualTo(attribution);
        soft.assertThat(score.recall("ORGANIZATION")).as(set + ": ORGANIZATION recall").isGreaterThanOrEqualTo(organizations);
    }

    private Score score(String set, List<String> articles, Function<String, Path> textOf) throws Exception {
        Score score = new Score();
        for (String article : articles) {
            String text = Files.readString(textOf.apply(article));
            ArticleEnriched enriched = enricher.enrich(new ArticleIngested(ArticleIngested.SCHEMA_VERSION, article,
                    null, null, null, null, "en", text, Instant.now(), null));
            score.add(article, gold(set, article), enriched);
        }
        return score;
    }

    private static List<String> bbcArticles() {
        List<String> names = new ArrayList<>();
        for (String section : List.of("politics", "business")) {
            for (int i = 1; i <= 10; i++) {
                names.add(String.format("%s-%03d", section, i));
            }
        }
        return names;
    }

    private GoldArticle gold(String set, String article) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/gold/" + set + "/" + article + ".json")) {
            assertThat(in).as("gold annotation of %s", article).isNotNull();
            return mapper.readValue(in, GoldArticle.class);
        }
    }
}
