package io.newslens.nlp.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newslens.contracts.api.Analysis;
import io.newslens.contracts.event.DateMention;
import io.newslens.contracts.event.Keyword;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.nlp.service.ArticleEnricher;
import io.newslens.nlp.service.NlpPipeline;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tone, dates and keywords of the real seed articles ({@code ../shared/corpus/seeds}, skipped when
 * absent): the hostile one (002: "hegemony", "bully", "hypocritical") must read as the most negative.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class SeedToneTest {

    private static final String HOSTILE = "002_076bccee9a179dba";

    @Inject
    ArticleEnricher enricher;
    @Inject
    NlpPipeline pipeline;

    private Path seeds;

    @BeforeEach
    void seeds() throws Exception {
        seeds = Path.of(System.getProperty("newslens.shared.dir", "../../shared"), "corpus", "seeds");
        assumeTrue(Files.isDirectory(seeds), "Seeds not found at " + seeds.toAbsolutePath() + ": check out ../shared");
        pipeline.whenReady().toCompletableFuture().get(3, TimeUnit.MINUTES);
    }

    @Test
    void theHostileSeedHasTheMostNegativeTone() throws Exception {
        Map<String, Double> tones = new LinkedHashMap<>();
        try (var files = Files.list(seeds)) {
            for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = seed.getFileName().toString().replace(".txt", "");
                tones.put(name, enricher.analyse(Files.readString(seed), null).tone().document());
            }
        }
        System.out.println("Seed tones: " + tones);
        assertThat(tones).hasSize(5);
        double hostile = tones.remove(HOSTILE);
        assertThat(hostile).isNegative();
        assertThat(tones.values()).allSatisfy(other -> assertThat(hostile).isLessThan(other));
    }

    @Test
    void relativeDatesResolveAgainstThePublishDate() throws Exception {
        String text = Files.readString(seeds.resolve("000_c5a94af7eacc4306.txt"));
        Analysis analysis = enricher.analyse(text, Instant.parse("2020-01-31T09:00:00Z"));

        assertThat(analysis.dates()).extracting(DateMention::text, DateMention::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Thursday, Jan. 30", "2020-01-30"),
                        org.assertj.core.groups.Tuple.tuple("May 2019", "2019-05"));
        for (DateMention d : analysis.dates()) {
            assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
        }
    }

    @Test
    void keywordsAreRankedPhrasesOfTheArticle() throws Exception {
        String text = Files.readString(seeds.resolve("004_435511b6664966e9.txt"));
        var keywords = enricher.analyse(text, null).keywords();

        assertThat(keywords).hasSizeBetween(5, 10);
        assertThat(keywords.get(0).score()).isEqualTo(1.0);
        assertThat(keywords).extracting(Keyword::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(keywords).extracting(Keyword::phrase).contains("security risk", "intellectual property", "trade secret");
    }
}
