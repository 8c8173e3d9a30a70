package io.newslens.nlp.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.nlp.service.ArticleEnricher;
import io.newslens.nlp.service.NlpPipeline;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Scores the service's enrichment against our gold annotations: the five seed articles
 * ({@code src/test/resources/gold/seeds/}), 20 BBC articles the rules were tuned on ({@code gold/bbc/}, politics and
 * business 001-010), the sets of BBC articles they were not tuned on at first ({@code gold/heldout/},
 * {@code gold/unseen/} to {@code gold/unseen110/}, {@code gold/orgs7/}) and sets of modern web news from other outlets
 * ({@code gold/web1/} on, scored when {@code ../shared/eval/html-extraction} is there). Entity precision and recall per
 * type, canonical merges, quote detection and speaker attribution, per set and combined. The figures are printed and
 * recorded in docs/nlp.md; the assertions hold the targets where they are met and the measured level where
 * not, so that a regression fails.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class GoldScoringTest {

    /**
     * A gold set of articles the rules were not tuned on at first: its directory under {@code gold/} (whose
     * JSON files are its articles and whose README says how and when it was annotated), the title of its report,
     * and the floors held against regressions: its measured level (docs/nlp.md), a little under.
     */
    private record GoldSet(String name, String title, double attribution, double organizations, double persons,
            double quotes) {
    }

    // The sets of sessions 8 and 9 are held to quote detection 0.90 (unseen2 has a stray closing mark in its source,
    // 'for terrorists".', that swallows two quotes: 0.92) and PERSON recall 0.95; the later ones to 0.95 and their
    // PERSON level.
    private static final List<GoldSet> NOT_TUNED_ON = List.of(
            // Round 6's rules answer misses of heldout, unseen and unseen2, so only unseen3's first score (0.636,
            // 0.838) was blind.
            new GoldSet("heldout", "Held-out BBC articles (13, not tuned on; baseline seen)", 0.93, 0.95, 0.95, 0.90),
            // unseen: 0.773 until newslens-45, whose terms-in-passing rule loses two "critical" a report goes on to give
            // Microsoft (0.682); the rule wins 22 such quotations over all sets and loses 7.
            new GoldSet("unseen", "Unseen BBC articles (6, scored once before the last rules)", 0.68, 0.93, 0.95, 0.90),
            new GoldSet("unseen2", "Second unseen BBC articles (5, scored once before round 6)", 0.90, 0.94, 0.95, 0.90),
            new GoldSet("unseen3", "Third unseen BBC articles (7, kept from round 6's tuning)", 0.78, 0.89, 0.95, 0.90),
            // Round 7 was written from unseen4's misses (blind: 0.557, 0.563), its last rules from unseen5's (blind:
            // 0.804). Two musicians' names of unseen5 (Eminem, Tote King) are not tagged ("artist Papo Record" is).
            // The spokesperson convention (session 21, gold/SPOKESPERSON.md) gives "an executive spokeswoman"'s two
            // quotations to the Scottish Executive, which the service does not find from the lower-case word: 0.934.
            new GoldSet("unseen4", "Fourth unseen BBC articles (8, all sections)", 0.93, 0.87, 0.95, 0.90),
            new GoldSet("unseen5", "Fifth unseen BBC articles (8, blind for round 7)", 0.93, 0.78, 0.93, 0.90),
            // unseen6's blind score of round 7's final code was 0.813 and 0.650; session 10's pronoun rules answer 4
            // of its misses (Principle C, a date after a preposition) and known-organizations.txt 3, so it is no
            // longer blind.
            new GoldSet("unseen6", "Sixth unseen BBC articles (6, blind for round 7's last rules)", 0.93, 0.80, 0.95, 0.90),
            // unseen8, blind with newslens-9: attribution 0.667, ORGANIZATION recall 0.639 (0.667 after one gold name
            // was brought to the suffix convention); after the rules written from its misses (newslens-10): 0.842 and
            // 0.722; newslens-15's "X boss" as an organisation ("Larne boss"): 0.778.
            new GoldSet("unseen8", "Eighth unseen BBC articles (6, blind for session 10's rules)", 0.84, 0.77, 0.95, 0.90),
            // unseen9's blind score with newslens-10: attribution 0.786, ORGANIZATION recall 0.679, PERSON recall 0.900
            // (NER leaves "Usher" and "Jay-Z" untagged and calls "Noe Pamarot" a place). newslens-11's descriptions as
            // cue subjects ("the Dutchman said") were written from its misses: attribution 0.929. PERSON recall 0.933
            // since newslens-13's occupations ("singer Usher").
            new GoldSet("unseen9", "Ninth unseen BBC articles (6, blind for newslens-10)", 0.92, 0.71, 0.93, 0.95),
            // unseen10's blind score with newslens-12, kept as its floor: attribution 0.929, ORGANIZATION recall 0.741,
            // PERSON recall 0.933 (1.000 since newslens-13's occupations: "bullfighter Manolete"). Round 7's code
            // (newslens-8) scores unseen9 and unseen10 exactly as newslens-12 does.
            new GoldSet("unseen10", "Tenth unseen BBC articles (6, blind for newslens-12)", 0.92, 0.74, 0.95, 0.95),
            // unseen11's blind score with newslens-13, kept as its floor: attribution 0.816, ORGANIZATION recall 0.857,
            // PERSON recall 0.906. Round 7's code: the same but for one organisation (0.810). newslens-14's joined verb
            // ("but stressed") gives it one more quotation, not written from its misses: 0.842.
            new GoldSet("unseen11", "Eleventh unseen BBC articles (6, blind for newslens-13)", 0.84, 0.85, 0.90, 0.95),
            // unseen12's and unseen13's blind scores with newslens-13, kept as their floors: attribution 0.735 and
            // 0.839, ORGANIZATION recall 0.897 and 0.711, PERSON recall 0.842 and 1.000. newslens-14's rules were
            // written from unseen12's misses: 0.941 (PERSON 0.895). The spokesperson convention (session 21) gives
            // "A spokesperson said" after "But Sky denied" to Sky, which NER does not find: 0.912.
            new GoldSet("unseen12", "Twelfth unseen BBC articles (6, blind for newslens-13; newslens-14 from it)",
                    0.91, 0.89, 0.89, 0.95),
            new GoldSet("unseen13", "Thirteenth unseen BBC articles (6, blind for newslens-13)", 0.83, 0.71, 0.95, 0.95),
            // unseen14's and unseen15's blind scores with newslens-14, kept as their floors: attribution 0.647 and
            // 0.727, ORGANIZATION recall 0.619 and 0.711, PERSON recall 1.000 both. newslens-15's two rules were
            // written from unseen15's misses (a name before "founder"/"boss" is an organisation, a lone surname typed a
            // place is the person): unseen15 0.800 and 0.737; unseen14 unchanged. newslens-16's demonyms ("the
            // 25-year-old Dubliner") and roles set off by a comma ("said RNID technology director, Guido Gybels"): 0.855.
            new GoldSet("unseen14", "Fourteenth unseen BBC articles (6, blind for newslens-14)", 0.64, 0.61, 0.95, 0.95),
            new GoldSet("unseen15", "Fifteenth unseen BBC articles (8, blind for newslens-14; newslens-15 from it)",
                    0.85, 0.73, 0.95, 0.95),
            // unseen16's blind score with newslens-15: attribution 0.827, ORGANIZATION recall 0.797, PERSON recall
            // 1.000, quote detection 0.974. newslens-16's reporting verbs ("points out") and roles set off by a comma
            // ("said EEF chief economist, Steve Radley") answer four of its misses: 0.880.
            new GoldSet("unseen16", "Sixteenth unseen BBC articles (8, blind for newslens-15; newslens-16 from it)",
                    0.87, 0.79, 0.95, 0.95),
            // unseen17's blind score with newslens-16: attribution 0.849, ORGANIZATION recall 0.679 (0.714 once its gold
            // took the name the article writes, "Office of National Statistics"), PERSON recall 0.944, quote detection
            // 1.000. newslens-17's source introduced with a role ("came from Brian Gammage, vice-president of ...")
            // answers four of its misses: 0.925.
            new GoldSet("unseen17", "Seventeenth unseen BBC articles (8, blind for newslens-16; newslens-17 from it)",
                    0.92, 0.71, 0.94, 0.95),
            // unseen18's blind score with newslens-17: attribution 0.729, ORGANIZATION recall 0.875, PERSON recall 1.000,
            // quote detection 1.000. newslens-18's rules were written from its misses (names before ", he argued",
            // "the ex-Wallaby added", "blamed", "minister for women Jacqui Smith"): 0.814.
            new GoldSet("unseen18", "Eighteenth unseen BBC articles (8, blind for newslens-17; newslens-18 from it)",
                    0.81, 0.87, 0.95, 0.95),
            // unseen19's blind score with newslens-18: attribution 0.706, ORGANIZATION recall 0.789, PERSON recall 0.971,
            // quote detection 0.981. newslens-19 was written from its misses ('David Laws said: "..." he said'): 0.784.
            new GoldSet("unseen19", "Nineteenth unseen BBC articles (8, blind for newslens-18; newslens-19 from it)",
                    0.78, 0.78, 0.95, 0.95),
            // unseen20's blind score with newslens-19, kept as its floor: attribution 0.827, ORGANIZATION recall 0.793,
            // PERSON recall 0.968, quote detection 1.000. No rule was written from it.
            new GoldSet("unseen20", "Twentieth unseen BBC articles (8, blind for newslens-19)", 0.82, 0.79, 0.95, 0.95),
            // unseen21's blind score with newslens-19: attribution 0.887, ORGANIZATION recall 0.622, PERSON recall 0.903,
            // quote detection 0.981. newslens-20's institution names (a head noun: "Land Registry", "Court of Appeal"),
            // written before it ran, changed none of its figures; two rules were then written from its misses (an
            // organisation NER cut short at an "and", "Sir Stanley Odell" typed as one): ORGANIZATION 0.649, PERSON 0.935.
            // The longer list of known organisations (Sunday Times, Inland Revenue) and a known organisation kept apart
            // from its arm in capitals ("Microsoft IPTV"): ORGANIZATION 0.730, attribution 0.906. A weekday after a first
            // name as its surname ("coach Mike Friday"): attribution 0.943, PERSON 0.968.
            new GoldSet("unseen21", "Twenty-first unseen BBC articles (8, blind for newslens-19; newslens-20 partly from it)",
                    0.94, 0.72, 0.96, 0.95),
            // unseen22's blind score with newslens-20: attribution 0.827, ORGANIZATION recall 0.714, PERSON recall 1.000,
            // quote detection 1.000. The known organisations added next (newspapers, broadcasters, bands, unions, UK
            // departments), listed before it was scored but committed after, include two it names (the Observer, the
            // WTA): ORGANIZATION 0.786. A surname written from its particles ("Mr de Vabres said"), written from its
            // misses: attribution 0.904.
            new GoldSet("unseen22", "Twenty-second unseen BBC articles (8, blind for newslens-20; particles from it)",
                    0.90, 0.78, 0.95, 0.95),
            // unseen23's blind score with newslens-20 as committed at fbd4540, kept as its floor: attribution 0.841,
            // ORGANIZATION recall 0.889, PERSON recall 0.976, quote detection 1.000 (sport-480 lost five names at its
            // paragraph breaks; three of Safin's quotations go to Agassi). "Sony" kept apart from "Sony PSP": ORGANIZATION
            // 0.926.
            new GoldSet("unseen23", "Twenty-third unseen BBC articles (8, blind for newslens-20)", 0.84, 0.92, 0.95, 0.95),
            // unseen24's blind score with newslens-20 as the session ends (cfb4649), kept as its floor: attribution 0.816,
            // ORGANIZATION recall 0.778, PERSON recall 0.947, quote detection 1.000. No rule was written from it.
            new GoldSet("unseen24", "Twenty-fourth unseen BBC articles (8, blind for newslens-20, final)",
                    0.81, 0.77, 0.94, 0.95),
            // unseen25's blind score with newslens-22 (968760b), kept as its floor: attribution 0.615, ORGANIZATION recall
            // 0.806, PERSON recall 0.963, quote detection 1.000. Its misses: a misspelt surname ("Montieth" for David
            // Monteith, 4 quotations), an acronym NER took for a person ("said Pipa director Steven Kull", 3), a film
            // festival the gold makes a speaker (3, a convention), ", he said." after a clause with "when" (1).
            new GoldSet("unseen25", "Twenty-fifth unseen BBC articles (8, blind for newslens-22)", 0.61, 0.80, 0.96, 0.95),
            // unseen26's blind score with newslens-26 (00d8efd), kept as its floor: attribution 0.800, ORGANIZATION recall
            // 0.682, PERSON recall 0.970, quote detection 1.000.
            new GoldSet("unseen26", "Twenty-sixth unseen BBC articles (8, blind for newslens-26)", 0.80, 0.68, 0.96, 0.95),
            // unseen27's blind score with newslens-32 (462cc8b), kept as its floor: attribution 0.837, ORGANIZATION recall
            // 0.821, PERSON recall 1.000, quote detection 1.000.
            new GoldSet("unseen27", "Twenty-seventh unseen BBC articles (8, blind for newslens-32)", 0.83, 0.82, 0.97, 0.95),
            // unseen28's blind score with newslens-34 as the session ends (b10b1b2), kept as its floor: attribution 0.949,
            // ORGANIZATION recall 0.833, PERSON recall 1.000, quote detection 1.000. No rule was written from it.
            new GoldSet("unseen28", "Twenty-eighth unseen BBC articles (8, blind for newslens-34, final)", 0.94, 0.83, 0.97, 0.95),
            // unseen29's blind score with newslens-35 (bf72988), kept as its floor: attribution 0.794, ORGANIZATION recall
            // 0.706, PERSON recall 1.000, quote detection 1.000.
            new GoldSet("unseen29", "Twenty-ninth unseen BBC articles (8, blind for newslens-35)", 0.79, 0.70, 0.97, 0.95),
            // unseen30's blind score with newslens-35 (bf72988), kept as its floor: attribution 0.833, ORGANIZATION recall
            // 0.852, PERSON recall 1.000, quote detection 1.000.
            new GoldSet("unseen30", "Thirtieth unseen BBC articles (8, blind for newslens-35)", 0.83, 0.85, 0.97, 0.95),
            // unseen31's blind score with newslens-38 (5e682d5), kept as its floor: attribution 0.810, ORGANIZATION recall
            // 0.650, PERSON recall 0.981, quote detection 1.000.
            new GoldSet("unseen31", "Thirty-first unseen BBC articles (8, blind for newslens-38)", 0.80, 0.65, 0.97, 0.95),
            // unseen32's blind score with newslens-38 (5e682d5), kept as its floor: attribution 0.781, ORGANIZATION recall
            // 0.788, PERSON recall 0.913, quote detection 1.000.
            new GoldSet("unseen32", "Thirty-second unseen BBC articles (8, blind for newslens-38)", 0.78, 0.78, 0.91, 0.95),
            // unseen33's blind score with newslens-41 (6f715f7), kept as its floor: attribution 0.865, ORGANIZATION
            // recall 0.865, PERSON recall 1.000, quote detection 1.000.
            new GoldSet("unseen33", "Thirty-third unseen BBC articles (8, blind for newslens-41)", 0.86, 0.86, 0.97, 0.95),
            // unseen34's blind score with newslens-41 (6f715f7), kept as its floor: attribution 0.881, ORGANIZATION recall 0.917,
            // PERSON recall 0.944, quote detection 1.000.
            new GoldSet("unseen34", "Thirty-fourth unseen BBC articles (8, blind for newslens-41)", 0.88, 0.91, 0.94, 0.95),
            // unseen35's blind score with newslens-44 as the session ends (19db3d7), kept as its floor: attribution 0.846,
            // ORGANIZATION recall 0.769, PERSON recall 1.000, quote detection 1.000, once two snippets that ran past
            // their closing mark were written as the scorer reads them (see its README; 0.892 of 37 and 0.949 before).
            // No rule was written from it.
            new GoldSet("unseen35", "Thirty-fifth unseen BBC articles (8, blind for newslens-44, final)", 0.84, 0.76, 0.97, 0.95),
            // unseen36's blind score with newslens-44 as the session ends (19db3d7), kept as its floor: attribution 0.829,
            // ORGANIZATION recall 0.962, PERSON recall 0.923, quote detection 1.000. No rule was written from it.
            // newslens-45's terms-in-passing rule loses '"overlooked"', which a report of Lord Woolf's goes on to (0.805).
            new GoldSet("unseen36", "Thirty-sixth unseen BBC articles (8, blind for newslens-44, final)", 0.80, 0.96, 0.92, 0.95),
            // unseen37 and unseen38 (session 20), blind with newslens-45: attribution 0.800 and 0.789, ORGANIZATION recall
            // 0.824 and 0.786, PERSON recall 0.966 and 1.000, quote detection 1.000 each.
            new GoldSet("unseen37", "Thirty-seventh unseen BBC articles (8, blind for newslens-45)", 0.80, 0.82, 0.96, 0.95),
            new GoldSet("unseen38", "Thirty-eighth unseen BBC articles (8, blind for newslens-45)", 0.78, 0.78, 0.97, 0.95),
            // unseen39 and unseen40 (session 20), blind with newslens-53: attribution 0.923 and 0.765, ORGANIZATION recall
            // 0.760 and 0.813, PERSON recall 1.000 and 0.871, quote detection 1.000 each.
            new GoldSet("unseen39", "Thirty-ninth unseen BBC articles (7, blind for newslens-53)", 0.92, 0.76, 0.97, 0.95),
            new GoldSet("unseen40", "Fortieth unseen BBC articles (8, blind for newslens-53)", 0.76, 0.81, 0.87, 0.95),
            // unseen41 and unseen42 (session 20), blind with newslens-54 as the session ends; no rule was written from
            // them: attribution 0.830 and 0.838, ORGANIZATION recall 0.857 and 0.778, PERSON recall 1.000 and 0.964.
            new GoldSet("unseen41", "Forty-first unseen BBC articles (8, blind for newslens-54, final)", 0.82, 0.85, 0.97, 0.95),
            new GoldSet("unseen42", "Forty-second unseen BBC articles (8, blind for newslens-54, final)", 0.83, 0.77, 0.96, 0.95),
            // unseen43 and unseen44 (session 21, annotated under the spokesperson convention), blind with newslens-54:
            // attribution 0.818 and 0.933, ORGANIZATION recall 0.739 and 0.857, PERSON recall 0.880 and 0.857.
            new GoldSet("unseen43", "Forty-third unseen BBC articles (7, blind for newslens-54)", 0.81, 0.73, 0.88, 0.95),
            new GoldSet("unseen44", "Forty-fourth unseen BBC articles (8, blind for newslens-54)", 0.93, 0.85, 0.85, 0.95),
            // unseen45 and unseen46 (session 21), blind with newslens-55: attribution 0.840 and 0.912, ORGANIZATION
            // recall 0.788 and 0.756, PERSON recall 0.947 and 1.000; unseen45's quote detection 0.980 (a quotation its
            // text never closes).
            new GoldSet("unseen45", "Forty-fifth unseen BBC articles (8, blind for newslens-55)", 0.84, 0.78, 0.94, 0.95),
            new GoldSet("unseen46", "Forty-sixth unseen BBC articles (7, blind for newslens-55)", 0.91, 0.75, 0.95, 0.95),
            // unseen47 and unseen48 (session 22), blind with newslens-56: attribution 0.732 and 0.840, ORGANIZATION
            // recall 0.780 and 0.735, PERSON recall 0.947 and 0.973, quote detection 1.000 and 1.000.
            new GoldSet("unseen47", "Forty-seventh unseen BBC articles (8, blind for newslens-56)", 0.73, 0.78, 0.94, 0.95),
            new GoldSet("unseen48", "Forty-eighth unseen BBC articles (8, blind for newslens-56)", 0.84, 0.73, 0.97, 0.95),
            // unseen49 and unseen50 (session 22), blind with newslens-62: attribution 0.839 and 0.875, ORGANIZATION
            // recall 0.763 and 0.846, PERSON recall 1.000 and 1.000, quote detection 1.000 and 1.000.
            new GoldSet("unseen49", "Forty-ninth unseen BBC articles (7, blind for newslens-62)", 0.83, 0.76, 0.95, 0.95),
            new GoldSet("unseen50", "Fiftieth unseen BBC articles (7, blind for newslens-62)", 0.87, 0.84, 0.95, 0.95),
            // unseen51 and unseen52 (session 22), blind with newslens-63: attribution 0.949 and 0.871, ORGANIZATION
            // recall 0.600 and 0.750, PERSON recall 1.000 and 1.000, quote detection 1.000 and 1.000.
            new GoldSet("unseen51", "Fifty-first unseen BBC articles (6, blind for newslens-63)", 0.94, 0.60, 0.95, 0.95),
            new GoldSet("unseen52", "Fifty-second unseen BBC articles (8, blind for newslens-63)", 0.87, 0.75, 0.95, 0.95),
            // unseen53 and unseen54 (session 23), blind with newslens-65: attribution 0.772 and 0.740, ORGANIZATION
            // recall 0.780 and 0.829, PERSON recall 0.905 and 1.000, quote detection 1.000 and 1.000.
            new GoldSet("unseen53", "Fifty-third unseen BBC articles (8, blind for newslens-65)", 0.77, 0.78, 0.90, 0.95),
            new GoldSet("unseen54", "Fifty-fourth unseen BBC articles (7, blind for newslens-65)", 0.74, 0.82, 0.95, 0.95),
            // unseen55 and unseen56 (session 23), blind with newslens-66: attribution 0.750 and 0.879, ORGANIZATION
            // recall 0.800 and 0.682, PERSON recall 0.938 and 0.977, quote detection 1.000 and 1.000.
            new GoldSet("unseen55", "Fifty-fifth unseen BBC articles (8, blind for newslens-66)", 0.75, 0.80, 0.93, 0.95),
            new GoldSet("unseen56", "Fifty-sixth unseen BBC articles (8, blind for newslens-66)", 0.87, 0.68, 0.97, 0.95),
            // unseen57 and unseen58 (session 23), blind with newslens-67: attribution 0.882 and 0.897, ORGANIZATION
            // recall 0.591 and 0.552 (clubs NER typed as their towns), PERSON recall 0.950 and 0.964, quote detection
            // 1.000 and 1.000.
            new GoldSet("unseen57", "Fifty-seventh unseen BBC articles (8, blind for newslens-67)", 0.88, 0.59, 0.95, 0.95),
            new GoldSet("unseen58", "Fifty-eighth unseen BBC articles (7, blind for newslens-67)", 0.89, 0.55, 0.96, 0.95),
            // unseen59 and unseen60 (session 23), blind with newslens-70: attribution 0.935 and 0.966, ORGANIZATION
            // recall 0.722 and 0.600, PERSON recall 1.000 and 0.977, quote detection 1.000 and 1.000.
            new GoldSet("unseen59", "Fifty-ninth unseen BBC articles (8, blind for newslens-70)", 0.93, 0.72, 0.95, 0.95),
            new GoldSet("unseen60", "Sixtieth unseen BBC articles (8, blind for newslens-70)", 0.96, 0.60, 0.97, 0.95),
            // unseen61 and unseen62 (session 24), blind with newslens-71: attribution 0.829 and 0.816, ORGANIZATION
            // recall 0.654 and 0.739, PERSON recall 0.907 and 1.000, quote detection 1.000 and 1.000.
            new GoldSet("unseen61", "Sixty-first unseen BBC articles (8, blind for newslens-71)", 0.82, 0.65, 0.90, 0.95),
            new GoldSet("unseen62", "Sixty-second unseen BBC articles (7, blind for newslens-71)", 0.81, 0.73, 0.95, 0.95),
            // unseen63 and unseen64 (session 24), blind with newslens-75: attribution 0.632 and 0.875, ORGANIZATION
            // recall 0.542 and 0.810, PERSON recall 0.947 and 1.000, quote detection 1.000 and 1.000.
            new GoldSet("unseen63", "Sixty-third unseen BBC articles (5, blind for newslens-75)", 0.63, 0.54, 0.94, 0.95),
            new GoldSet("unseen64", "Sixty-fourth unseen BBC articles (7, blind for newslens-75)", 0.87, 0.80, 0.95, 0.95),
            // unseen65 and unseen66 (session 24), blind with newslens-77: attribution 0.872 and 0.810, ORGANIZATION
            // recall 0.828 and 0.674, PERSON recall 0.935 and 0.980, quote detection 1.000 and 1.000.
            new GoldSet("unseen65", "Sixty-fifth unseen BBC articles (7, blind for newslens-77)", 0.87, 0.82, 0.93, 0.95),
            new GoldSet("unseen66", "Sixty-sixth unseen BBC articles (8, blind for newslens-77)", 0.80, 0.67, 0.97, 0.95),
            // unseen67 and unseen68 (session 25), blind with newslens-78: attribution 0.742 and 0.840, ORGANIZATION
            // recall 0.714 and 0.808, PERSON recall 0.696 and 0.962, quote detection 1.000 and 0.980.
            new GoldSet("unseen67", "Sixty-seventh unseen BBC articles (6, blind for newslens-78)", 0.74, 0.71, 0.69, 0.95),
            new GoldSet("unseen68", "Sixty-eighth unseen BBC articles (8, blind for newslens-78)", 0.83, 0.80, 0.96, 0.95),
            // unseen69 and unseen70 (session 25), blind with newslens-81: attribution 0.635 and 0.868, ORGANIZATION
            // recall 0.821 and 0.893, PERSON recall 0.905 and 1.000, quote detection 1.000 and 1.000.
            new GoldSet("unseen69", "Sixty-ninth unseen BBC articles (7, blind for newslens-81)", 0.63, 0.82, 0.90, 0.95),
            new GoldSet("unseen70", "Seventieth unseen BBC articles (8, blind for newslens-81)", 0.86, 0.89, 0.95, 0.95),
            // unseen71 and unseen72 (session 25), blind with newslens-82: attribution 0.808 and 0.875, ORGANIZATION
            // recall 0.895 and 0.758, PERSON recall 1.000 and 0.939, quote detection 1.000 and 1.000.
            new GoldSet("unseen71", "Seventy-first unseen BBC articles (6, blind for newslens-82)", 0.80, 0.89, 0.95, 0.95),
            new GoldSet("unseen72", "Seventy-second unseen BBC articles (8, blind for newslens-82)", 0.87, 0.75, 0.93, 0.95),
            // unseen73 and unseen74 (session 25), blind with newslens-83: attribution 0.676 and 0.796, ORGANIZATION
            // recall 0.905 and 0.929, PERSON recall 1.000 and 1.000, quote detection 1.000 and 1.000.
            new GoldSet("unseen73", "Seventy-third unseen BBC articles (8, blind for newslens-83)", 0.67, 0.90, 0.95, 0.95),
            new GoldSet("unseen74", "Seventy-fourth unseen BBC articles (8, blind for newslens-83)", 0.79, 0.92, 0.95, 0.95),
            // unseen75 and unseen76 (session 26), blind with newslens-86: attribution 0.800 and 0.846, ORGANIZATION
            // recall 0.792 and 0.962, PERSON recall 0.931 and 1.000, quote detection 1.000 and 1.000.
            new GoldSet("unseen75", "Seventy-fifth unseen BBC articles (8, blind for newslens-86)", 0.80, 0.79, 0.93, 0.95),
            new GoldSet("unseen76", "Seventy-sixth unseen BBC articles (8, blind for newslens-86)", 0.84, 0.96, 0.95, 0.95),
            // unseen77 and unseen78 (session 26), blind with newslens-87: attribution 0.810 and 0.791, ORGANIZATION
            // recall 0.892 and 0.800, PERSON recall 0.981 and 0.962, quote detection 1.000 and 1.000.
            new GoldSet("unseen77", "Seventy-seventh unseen BBC articles (8, blind for newslens-87)", 0.80, 0.89, 0.95, 0.95),
            new GoldSet("unseen78", "Seventy-eighth unseen BBC articles (8, blind for newslens-87)", 0.79, 0.80, 0.95, 0.95),
            // unseen79 and unseen80 (session 26), blind with newslens-88: attribution 0.706 and 0.897, ORGANIZATION
            // recall 0.868 and 0.862, PERSON recall 1.000 and 0.974, quote detection 1.000 and 1.000.
            new GoldSet("unseen79", "Seventy-ninth unseen BBC articles (8, blind for newslens-88)", 0.70, 0.86, 0.95, 0.95),
            new GoldSet("unseen80", "Eightieth unseen BBC articles (8, blind for newslens-88)", 0.89, 0.86, 0.95, 0.95),
            // unseen81 and unseen82 (session 26), blind with newslens-90: attribution 0.813 and 0.886, ORGANIZATION
            // recall 0.885 and 0.800, PERSON recall 0.944 and 1.000, quote detection 1.000 and 1.000.
            new GoldSet("unseen81", "Eighty-first unseen BBC articles (8, blind for newslens-90)", 0.81, 0.88, 0.94, 0.95),
            new GoldSet("unseen82", "Eighty-second unseen BBC articles (8, blind for newslens-90)", 0.88, 0.80, 0.95, 0.95),
            // unseen83 and unseen84 (session 27), blind with newslens-91: attribution 0.791 and 0.702, ORGANIZATION
            // recall 0.875 and 0.867, PERSON recall 0.972 and 0.962, quote detection 1.000 and 1.000.
            new GoldSet("unseen83", "Eighty-third unseen BBC articles (8, blind for newslens-91)", 0.79, 0.87, 0.95, 0.95),
            new GoldSet("unseen84", "Eighty-fourth unseen BBC articles (8, blind for newslens-91)", 0.70, 0.86, 0.95, 0.95),
            // unseen85 and unseen86 (session 27), blind with newslens-93: attribution 0.722 and 0.875, ORGANIZATION
            // recall 0.625 and 0.724, PERSON recall 0.941 and 0.957, quote detection 1.000 and 1.000.
            new GoldSet("unseen85", "Eighty-fifth unseen BBC articles (8, blind for newslens-93)", 0.72, 0.62, 0.94, 0.95),
            new GoldSet("unseen86", "Eighty-sixth unseen BBC articles (8, blind for newslens-93)", 0.87, 0.72, 0.95, 0.95),
            // unseen87 and unseen88 (session 27), blind with newslens-94: attribution 0.853 and 0.786, ORGANIZATION
            // recall 0.556 and 0.844, PERSON recall 0.963 and 0.923, quote detection 1.000 and 1.000.
            new GoldSet("unseen87", "Eighty-seventh unseen BBC articles (8, blind for newslens-94)", 0.85, 0.55, 0.95, 0.95),
            new GoldSet("unseen88", "Eighty-eighth unseen BBC articles (8, blind for newslens-94)", 0.78, 0.84, 0.92, 0.95),
            // unseen89 and unseen90 (session 27), blind with newslens-96: attribution 0.833 and 0.938, ORGANIZATION
            // recall 0.756 and 0.830, PERSON recall 1.000 and 0.957, quote detection 1.000 and 1.000.
            new GoldSet("unseen89", "Eighty-ninth unseen BBC articles (8, blind for newslens-96)", 0.83, 0.75, 0.95, 0.95),
            new GoldSet("unseen90", "Ninetieth unseen BBC articles (8, blind for newslens-96)", 0.93, 0.83, 0.95, 0.95),
            // unseen91 and unseen92 (session 28), blind with newslens-96: attribution 0.821 and 0.902, ORGANIZATION
            // recall 0.721 and 0.714, PERSON recall 1.000 and 0.963, quote detection 1.000 and 1.000.
            new GoldSet("unseen91", "Ninety-first unseen BBC articles (8, blind for newslens-96)", 0.82, 0.72, 0.95, 0.95),
            new GoldSet("unseen92", "Ninety-second unseen BBC articles (8, blind for newslens-96)", 0.90, 0.71, 0.95, 0.95),
            // unseen93 and unseen94 (session 28), blind with newslens-98: attribution 0.765 and 0.843, ORGANIZATION
            // recall 0.697 and 0.917, PERSON recall 0.964 and 0.960, quote detection 1.000 and 1.000.
            new GoldSet("unseen93", "Ninety-third unseen BBC articles (8, blind for newslens-98)", 0.76, 0.69, 0.95, 0.95),
            new GoldSet("unseen94", "Ninety-fourth unseen BBC articles (8, blind for newslens-98)", 0.84, 0.91, 0.95, 0.95),
            // unseen95 (session 28), blind with newslens-100: attribution 0.853, ORGANIZATION recall 0.565, PERSON recall
            // 0.921, quote detection 1.000.
            new GoldSet("unseen95", "Ninety-fifth unseen BBC articles (8, blind for newslens-100)", 0.85, 0.56, 0.92, 0.95),
            // unseen96 (session 28), blind with newslens-100: attribution 0.694, ORGANIZATION recall 0.667, PERSON recall
            // 1.000, quote detection 1.000.
            new GoldSet("unseen96", "Ninety-sixth unseen BBC articles (8, blind for newslens-100)", 0.69, 0.66, 0.95, 0.95),
            // unseen97 (session 29), blind with newslens-103: attribution 0.913, ORGANIZATION recall 1.000 (4/4), PERSON
            // recall 0.971, quote detection 1.000.
            new GoldSet("unseen97", "Ninety-seventh unseen BBC articles (5, blind for newslens-103)", 0.91, 0.95, 0.95, 0.95),
            // unseen98 (session 29), blind with newslens-101: attribution 0.933, ORGANIZATION recall 0.000 (0/2), PERSON
            // recall 0.952, quote detection 1.000.
            new GoldSet("unseen98", "Ninety-eighth unseen BBC articles (5, blind for newslens-101)", 0.93, 0.0, 0.95, 0.95),
            // unseen99 and unseen100 (session 37), blind with newslens-137: attribution 0.873 (55/63) and 0.875 (49/56),
            // ORGANIZATION recall 0.780 and 0.886, PERSON recall 0.921 and 0.971, quote detection 1.000.
            new GoldSet("unseen99", "Ninety-ninth unseen BBC articles (8, blind for newslens-137)", 0.87, 0.78, 0.92, 0.95),
            new GoldSet("unseen100", "Hundredth unseen BBC articles (8, blind for newslens-137)", 0.87, 0.88, 0.95, 0.95),
            // unseen101 and unseen102 (session 38), blind with newslens-143 and with the draft of newslens-144 (its
            // organisation list): attribution 0.881 and 0.697 / 0.727, ORGANIZATION recall 0.838 / 0.811 and 0.760 /
            // 0.800, PERSON recall 1.000 and 0.850, quote detection 1.000. newslens-145 and -146 came from their misses.
            new GoldSet("unseen101", "Hundred-and-first unseen BBC articles (8, blind for newslens-144; -145, -146 from it)",
                    0.92, 0.83, 0.95, 0.95),
            new GoldSet("unseen102", "Hundred-and-second unseen BBC articles (8, blind for newslens-144; -145 from it)",
                    0.78, 0.80, 0.85, 0.95),
            // unseen103 and unseen104 (session 39), blind with newslens-148: attribution 0.935 (43/46) and 0.800 (28/35),
            // ORGANIZATION recall 0.767 (23/30) and 0.895 (17/19), PERSON recall 0.944 and 1.000, quote detection 1.000.
            // newslens-149 and -150 came from their misses: 45/46 and 32/35, ORGANIZATION 27/30 and 17/19.
            new GoldSet("unseen103", "Hundred-and-third unseen BBC articles (8, blind for newslens-148; -149, -150 from it)",
                    0.97, 0.89, 0.94, 0.95),
            new GoldSet("unseen104", "Hundred-and-fourth unseen BBC articles (8, blind for newslens-148; -149, -150 from it)",
                    0.91, 0.89, 0.95, 0.95),
            // unseen105 and unseen106 (session 40), blind with newslens-151: attribution 0.795 (35/44) and 0.778 (28/36
            // of the 36/38 quotes found; the two 'put's are one snippet with an occurrence since), ORGANIZATION recall
            // 0.905 (19/21) and 0.760 (19/25), PERSON recall 0.868 and 1.000. newslens-152 came from their misses:
            // 39/44 and 30/38, ORGANIZATION 21/21 and 20/25.
            new GoldSet("unseen105", "Hundred-and-fifth unseen BBC articles (8, blind for newslens-151; -152 from it)",
                    0.88, 0.95, 0.86, 0.95),
            new GoldSet("unseen106", "Hundred-and-sixth unseen BBC articles (8, blind for newslens-151; -152 from it)",
                    0.78, 0.80, 0.95, 0.95),
            // unseen107 and unseen108 (session 40), blind with newslens-152: attribution 0.857 (36/42, 42/43 quotes found)
            // and 1.000 (8/8), ORGANIZATION recall 0.905 (38/42) and 0.895 (17/19), PERSON recall 1.000 and 1.000.
            // newslens-153 came from their misses: 38/43 and 8/8, ORGANIZATION 39/42 and 17/19.
            new GoldSet("unseen107", "Hundred-and-seventh unseen BBC articles (8, blind for newslens-152; -153 from it)",
                    0.88, 0.92, 0.95, 0.95),
            new GoldSet("unseen108", "Hundred-and-eighth unseen BBC articles (8, blind for newslens-152; -153 from it)",
                    0.95, 0.89, 0.95, 0.95),
            // unseen109 and unseen110 (session 40), blind with newslens-153 as the session ends: attribution 0.944 (34/36)
            // and 0.737 (28/38), ORGANIZATION recall 0.833 (30/36) and 0.737 (14/19), PERSON recall 0.895 and 0.974,
            // quote detection 1.000. No rule was written from them.
            new GoldSet("unseen109", "Hundred-and-ninth unseen BBC articles (8, blind for newslens-153, final)",
                    0.94, 0.83, 0.89, 0.95),
            new GoldSet("unseen110", "Hundred-and-tenth unseen BBC articles (8, blind for newslens-153, final)",
                    0.73, 0.73, 0.97, 0.95));

    /**
     * Organisations only (no quotes, no other types), annotated in session 10 after known-organizations.txt was
     * written. Blind: 0.517 with round 7's code, 0.552 with known-organizations.txt; 0.621 with newslens-12's
     * publication rules, written from the misses of orgs7, unseen8 and unseen9.
     */
    private static final double ORGS_7_ORGANIZATIONS = 0.62;
    /** Gold entities the alias table names otherwise are scored under the table's name ({@link GoldArticle#inTableNames}). */
    private static final Map<String, String> TABLE_NAMES = GoldArticle.aliasTableNames();

    /**
     * Sets of modern web news from other outlets (2019-2023: Reuters, CBS, The New York Times, the Los Angeles Times,
     * Politico, The Guardian, local US papers and stations), annotated on the article text {@link WebPageText} takes
     * from the saved pages of {@code ../shared/eval/html-extraction} (each JSON file is named after its page). The
     * floors are their scores now, a little under; each comment gives the blind score first.
     */
    private static final List<GoldSet> WEB = List.of(
            // web2 (session 30), blind with newslens-104: attribution 0.746, ORGANIZATION recall 0.720, PERSON recall
            // 1.000, quote detection 1.000. newslens-105 was written from its misses (a name with and without a middle
            // initial, "Bloomberg" the person's surname): attribution 0.847.
            new GoldSet("web2", "Second web news articles (5, blind for newslens-104; newslens-105 from it)",
                    0.84, 0.72, 0.95, 0.95),
            // web4 (session 30), blind with newslens-104 and newslens-105 (held back, its misses unread): attribution
            // 0.877, ORGANIZATION recall 0.561, PERSON recall 0.952, quote detection 1.000; 0.892 with newslens-120, 0.954 with newslens-121.
            new GoldSet("web4", "Fourth web news articles (5, blind for newslens-105)", 0.94, 0.56, 0.95, 0.95),
            // web1 (session 31), blind with newslens-106: attribution 0.841, ORGANIZATION recall 0.591, PERSON recall
            // 0.951, quote detection 1.000. newslens-107 was written from its misses (a title word that is a named
            // person's surname, "King asked"; a quoted question and then a name and a cue; quoted titles of works):
            // attribution 0.963.
            new GoldSet("web1", "First web news articles (5, blind for newslens-106; newslens-107 from it)",
                    0.96, 0.59, 0.95, 0.95),
            // web5 (session 31), blind with newslens-106 (held back, its misses unread): attribution 0.873,
            // ORGANIZATION recall 0.750, PERSON recall 1.000, quote detection 1.000.
            new GoldSet("web5", "Fifth web news articles (5, blind for newslens-106)", 0.87, 0.75, 0.95, 0.95),
            // web3 (session 31), blind with newslens-107: attribution 0.745, ORGANIZATION recall 0.743, PERSON recall
            // 0.921, quote detection 1.000. newslens-108 to -110 were written from its misses too (the US parties,
            // "a spokesperson for the X said ... . he said", "said one GOP operative in the state", "pledged"):
            // attribution 0.851, ORGANIZATION recall 0.771.
            new GoldSet("web3", "Third web news articles (5, blind for newslens-107; newslens-108 to -110 from it)",
                    0.85, 0.77, 0.92, 0.95),
            // web6 (session 32), blind with newslens-110: attribution 0.611, ORGANIZATION recall 0.640, PERSON recall
            // 0.895, quote detection 1.000. newslens-111 to -115 were written from its misses in part: attribution
            // 0.694, ORGANIZATION recall 0.720.
            new GoldSet("web6", "Sixth web news articles (5, blind for newslens-110; newslens-111 to -115 from it)",
                    0.69, 0.70, 0.87, 0.95),
            // web7 (session 32), blind with newslens-110: attribution 0.720, ORGANIZATION recall 0.500, PERSON recall
            // 0.864, quote detection 1.000. newslens-111 and -114 were written from its misses in part: attribution 0.760.
            new GoldSet("web7", "Seventh web news articles (5, blind for newslens-110; newslens-111, -114 from it)",
                    0.75, 0.48, 0.84, 0.95),
            // web8 (session 32), blind with newslens-111 (held back until session 37, whose newslens-137 came from its
            // misses): attribution 0.817, ORGANIZATION recall 0.739, PERSON recall 0.950, quote detection 1.000; 0.837
            // with newslens-120, 0.865 with newslens-137.
            new GoldSet("web8", "Eighth web news articles (5, blind for newslens-111; newslens-137 from it)", 0.86, 0.72,
                    0.93, 0.95),
            // web9 (session 32), five English web articles less like hard news (celebrity news, a health feature, a
            // review, a foundation's news post, an interview), blind with newslens-115: attribution 0.776, ORGANIZATION
            // recall 0.580, PERSON recall 0.967, quote detection 1.000. newslens-116 to -120 were written from its misses:
            // attribution 0.925, ORGANIZATION recall 0.600.
            new GoldSet("web9", "Ninth web articles (5, blind for newslens-115; newslens-116 to -120 from it)",
                    0.91, 0.58, 0.95, 0.95));

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

        ArticleText bbcText = name -> Files.readString(corpus.resolve("bbc").resolve(name.replace('-', '/') + ".txt"));
        Score seeds = score("seeds", seed -> Files.readString(corpus.resolve("seeds").resolve(seed + ".txt")));
        Score bbc = score("bbc", bbcText);
        Score all = new Score();
        all.addAll(seeds);
        all.addAll(bbc);
        System.out.println(seeds.report("Seed articles (5)"));
        System.out.println(bbc.report("BBC articles (20, the rules were tuned on them)"));
        System.out.println(all.report("Both sets (25)"));
        Map<GoldSet, Score> notTunedOn = new LinkedHashMap<>();
        for (GoldSet set : NOT_TUNED_ON) {
            Score score = score(set.name(), bbcText);
            System.out.println(score.report(set.title()));
            notTunedOn.put(set, score);
        }
        Score orgs7 = score("orgs7", bbcText);
        System.out.println(orgs7.organizationReport("Seventh unseen BBC articles (8, organisations only)"));
        Map<GoldSet, Score> web = scoreWebSets(corpus.getParent().resolve("eval").resolve("html-extraction"));

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
        notTunedOn.forEach((set, score) -> assertFloors(soft, set, score));
        soft.assertThat(orgs7.recall("ORGANIZATION")).as("orgs7: ORGANIZATION recall")
                .isGreaterThanOrEqualTo(ORGS_7_ORGANIZATIONS);
        web.forEach((set, score) -> assertFloors(soft, set, score));
        soft.assertAll();
    }

    /** The web sets' scores, each and pooled; none when the benchmark's pages are not beside the project. */
    private Map<GoldSet, Score> scoreWebSets(Path benchmark) throws Exception {
        Map<GoldSet, Score> scores = new LinkedHashMap<>();
        Path cases = benchmark.resolve("cases.json");
        if (!Files.isRegularFile(cases)) {
            System.out.println("Web gold sets not scored: no " + cases.toAbsolutePath()
                    + " (check out ../shared beside the project)");
            return scores;
        }
        Map<String, String> urls = new LinkedHashMap<>();
        for (JsonNode page : mapper.readTree(cases.toFile())) {
            urls.put(page.get("file").asText(), page.get("url").asText());
        }
        Score all = new Score();
        for (GoldSet set : WEB) {
            Score score = score(set.name(), name -> WebPageText.of(benchmark.resolve("pages").resolve(name + ".html"),
                    pageUrl(urls.get(name + ".html"), name)));
            System.out.println(score.report(set.title()));
            scores.put(set, score);
            all.addAll(score);
        }
        if (!WEB.isEmpty()) {
            System.out.println(all.report("Web articles (" + WEB.size() + " sets)"));
        }
        return scores;
    }

    /** The page's address as the benchmark gives it; a placeholder for its "hard::" cases, which have none. */
    private static String pageUrl(String url, String name) {
        assertThat(url).as("the benchmark's case of page %s", name).isNotNull();
        return url.startsWith("http") ? url : "https://example.invalid/" + name + ".html";
    }

    private static void assertFloors(SoftAssertions soft, GoldSet set, Score score) {
        soft.assertThat(score.attributionAccuracy()).as(set.name() + ": speaker attribution")
                .isGreaterThanOrEqualTo(set.attribution());
        soft.assertThat(score.recall("ORGANIZATION")).as(set.name() + ": ORGANIZATION recall")
                .isGreaterThanOrEqualTo(set.organizations());
        soft.assertThat(score.recall("PERSON")).as(set.name() + ": PERSON recall").isGreaterThanOrEqualTo(set.persons());
        soft.assertThat(score.quoteRecall()).as(set.name() + ": quote detection recall")
                .isGreaterThanOrEqualTo(set.quotes());
    }

    /** The text of a gold article, by the name of its JSON file. */
    @FunctionalInterface
    private interface ArticleText {
        String of(String article) throws IOException;
    }

    /** Scores the articles of a gold set: the names of the JSON files in its directory, in order. */
    private Score score(String set, ArticleText textOf) throws Exception {
        Score score = new Score();
        for (String article : articles(set)) {
            String text = textOf.of(article);
            ArticleEnriched enriched = enricher.enrich(new ArticleIngested(ArticleIngested.SCHEMA_VERSION, article,
                    null, null, null, null, "en", text, Instant.now(), null));
            score.add(article, gold(set, article), enriched);
        }
        return score;
    }

    private List<String> articles(String set) throws Exception {
        Path directory = Path.of(getClass().getResource("/gold/" + set).toURI());
        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
            assertThat(names).as("gold articles of %s", set).isNotEmpty();
            return names;
        }
    }

    private GoldArticle gold(String set, String article) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/gold/" + set + "/" + article + ".json")) {
            assertThat(in).as("gold annotation of %s", article).isNotNull();
            return mapper.readValue(in, GoldArticle.class).inTableNames(TABLE_NAMES);
        }
    }
}
