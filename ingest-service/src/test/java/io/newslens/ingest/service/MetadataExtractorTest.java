package io.newslens.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.ingest.Seeds;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private final Cleaner cleaner = new Cleaner(BoilerplateRules.load());
    private final MetadataExtractor extractor = new MetadataExtractor(ZoneOffset.UTC, MetadataExtractor.loadAgencies());

    private Metadata fromSeed(String seed) {
        String raw = Seeds.read(seed);
        return extractor.extract(raw, cleaner.clean(raw));
    }

    @Test
    void headerGivesOutletAndPublishDate() {
        Metadata m = fromSeed("002_076bccee9a179dba.txt");

        assertThat(m.title()).isEqualTo("Chinese foreign ministry vows ‘necessary measures’ in response to US’ crackdown on Huawei");
        assertThat(m.source()).isEqualTo("Global Times");
        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2020-08-18T17:40:40Z"));
    }

    @Test
    void headlineIsTheFirstLineOnlyWhenItReadsAsOne() {
        assertThat(fromSeed("000_c5a94af7eacc4306.txt").title()).isNull();
        assertThat(fromSeed("001_459c1da9db5dd484.txt").title())
                .isEqualTo("US politicizing technological cooperation on excuse of national security: Chinese foreign ministry");
        assertThat(fromSeed("003_c57c071476f4b5ea.txt").title()).isEqualTo("Trump vows action on Chinese companies ‘in coming days’");
        assertThat(fromSeed("004_435511b6664966e9.txt").title()).isEqualTo("China: US has not proved Huawei is security risk");
        assertThat(fromSeed("004_435511b6664966e9.txt").source()).isNull();
    }

    @Test
    void agencyDatelineGivesTheOutlet() {
        String text = "Chipmaker to build plant in Ohio\n\nWASHINGTON, Aug. 18 (Reuters) - A chipmaker said on Monday it would.";

        assertThat(extractor.extract(text, cleaner.clean(text)).source()).isEqualTo("Reuters");
        String ap = "NEW YORK (AP) — Stocks rose on Monday.";
        assertThat(extractor.extract(ap, ap).source()).isEqualTo("Associated Press");
        String unknown = "PARIS (Some Blog) - Nothing happened.";
        assertThat(extractor.extract(unknown, unknown).source()).isNull();
    }

    @Test
    void publishedHeaderIsReadInTheConfiguredZone() {
        MetadataExtractor beijing = new MetadataExtractor(ZoneId.of("Asia/Shanghai"), MetadataExtractor.loadAgencies());
        String text = "Source: Global Times Published: 2020/8/18 17:40:40\n\nSomething happened.";

        assertThat(beijing.extract(text, "Something happened.").publishedAt()).isEqualTo(Instant.parse("2020-08-18T09:40:40Z"));
    }

    @Test
    void explicitFieldsWin() {
        Metadata fromText = new Metadata("Headline", "Global Times", Instant.parse("2020-08-18T17:40:40Z"));
        Metadata explicit = new Metadata(null, "Example Wire", null);

        assertThat(MetadataExtractor.merge(explicit, fromText))
                .isEqualTo(new Metadata("Headline", "Example Wire", Instant.parse("2020-08-18T17:40:40Z")));
    }

    @Test
    void agenciesFileMapsEveryNameToAnOutlet() {
        assertThat(MetadataExtractor.loadAgencies()).containsEntry("Reuters", "Reuters")
                .containsEntry("AP", "Associated Press").allSatisfy((name, outlet) -> {
                    assertThat(name).isNotBlank().doesNotContain("=");
                    assertThat(outlet).isNotBlank();
                });
    }
}
