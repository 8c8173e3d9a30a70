package io.newslens.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.ingest.HtmlFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void keepsTheArticleBodyAndDropsNavigationAdsCommentsAndRelatedLinks() {
        ExtractedPage page = extractor.extract(fixture("news-article.html"), "https://gazette.example.org/x");

        assertThat(page.text())
                .contains("The harbour bridge reopened to traffic on Tuesday morning")
                .contains("\"We kept our promise to the people who cross this bridge every day,\"")
                .contains("the chamber of commerce welcomed the reopening as overdue.")
                .doesNotContain("Weather forecast", "garden furniture", "Share on Facebook", "Finally!",
                        "taxpayers money", "Tram line extension", "All rights reserved", "Photograph by");
    }

    @Test
    void keepsParagraphsAsBlankLineSeparatedBlocks() {
        String text = extractor.extract(fixture("news-article.html"), "").text();

        assertThat(text).contains("than 40 million euros, the mayor said at a ceremony attended by several hundred "
                + "residents.\n\nEngineers replaced");
    }

    @Test
    void readsTitleBylineDateCanonicalUrlAndOutletFromTheMarkup() {
        PageMetadata m = extractor.extract(fixture("news-article.html"), "").metadata();

        assertThat(m.title()).isEqualTo("Harbour bridge reopens after two years of repairs");
        assertThat(m.byline()).isEqualTo("Ada Lovelace, Charles Babbage");
        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2024-03-05T07:30:00Z"));
        assertThat(m.canonicalUrl()).isEqualTo("https://gazette.example.org/2024/03/harbour-bridge-reopens");
        assertThat(m.siteName()).isEqualTo("Riverside Gazette");
    }

    @Test
    void aShortPageIsKeptWholeWithItsPlainMetadata() {
        ExtractedPage page = extractor.extract(fixture("short-page.html"), "");

        assertThat(page.text()).isEqualTo("The council meets on Thursday at 6 p.m. in the town hall; the agenda "
                + "includes the café licence.");
        assertThat(page.metadata().title()).isEqualTo("Council notice");
        assertThat(page.metadata().publishedAt()).isEqualTo(Instant.parse("2023-11-02T00:00:00Z"));
    }

    @Test
    void decodesAPageByItsDeclaredCharset() {
        ExtractedPage page = extractor.extract(fixture("windows-1252.html"), "");

        assertThat(page.text()).startsWith("The café on the market square reopened");
        assertThat(page.metadata().title()).isEqualTo("Café reopens");
    }

    @Test
    void aPageWithoutTextGivesAnEmptyText() {
        assertThat(extractor.extract(fixture("no-article.html"), "").text()).isEmpty();
    }

    @Test
    void readsTheDateShapesPagesUse() {
        assertThat(PageMetadataReader.parseDate("2020-08-18T17:40:40Z")).isEqualTo(Instant.parse("2020-08-18T17:40:40Z"));
        assertThat(PageMetadataReader.parseDate("2020-08-18T17:40:40.000+0200"))
                .isEqualTo(Instant.parse("2020-08-18T15:40:40Z"));
        assertThat(PageMetadataReader.parseDate("2020-08-18 17:40:40")).isEqualTo(Instant.parse("2020-08-18T17:40:40Z"));
        assertThat(PageMetadataReader.parseDate("2020-08-18")).isEqualTo(Instant.parse("2020-08-18T00:00:00Z"));
        assertThat(PageMetadataReader.parseDate("last Tuesday")).isNull();
    }

    @Test
    void markdownBecomesPlainText() {
        String text = MarkdownText.of("# Storm hits coast\n\nThe **storm** reached the [coast](https://x.example) "
                + "on *Monday*.\n\n- Ports closed\n- Trains stopped\n");

        assertThat(text).contains("Storm hits coast").contains("The storm reached the coast")
                .contains("on Monday.").contains("Ports closed").doesNotContain("**", "](", "# ");
    }

    private static byte[] fixture(String name) {
        return HtmlFixtures.bytes(name);
    }
}
