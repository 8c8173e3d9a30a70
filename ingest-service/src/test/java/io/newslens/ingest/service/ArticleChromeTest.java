package io.newslens.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleChromeTest {

    private final ArticleChrome chrome = new ArticleChrome();
    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void recognisesDatesBylinesCreditsAndPromptsStandingAlone() {
        assertThat(chrome.isChrome("19:49")).isTrue();
        assertThat(chrome.isChrome("03.04.2020, 14:05 Uhr")).isTrue();
        assertThat(chrome.isChrome("Thursday, March 4, 2021 9:09 AM")).isTrue();
        assertThat(chrome.isChrome("12 de abril de 2022 1:04 PM")).isTrue();
        assertThat(chrome.isChrome("Published: 4 March 2021")).isTrue();
        assertThat(chrome.isChrome("By Jane Doe and John Roe")).isTrue();
        assertThat(chrome.isChrome("Von Erika Musterfrau")).isTrue();
        assertThat(chrome.isChrome("Autoren:")).isTrue();
        assertThat(chrome.isChrome("Photo: Harbour Authority")).isTrue();
        assertThat(chrome.isChrome("Ada Lovelace / Getty Images")).isTrue();
        assertThat(chrome.isChrome("Read more: The bridge that took ten years")).isTrue();
        assertThat(chrome.isChrome("Lesen Sie auch")).isTrue();
        assertThat(chrome.isChrome("Subscribe now to our print edition for the full story.")).isTrue();
        assertThat(chrome.isChrome("Follow the Gazette on Twitter and Facebook.")).isTrue();
        assertThat(chrome.isChrome("© 2024 Riverside Gazette. All rights reserved.")).isTrue();
        assertThat(chrome.isChrome("Advertisement")).isTrue();
    }

    @Test
    void keepsStoryTextThatOnlyMentionsTheSameWords() {
        assertThat(chrome.isChrome("By 2030 the city wants every bus to run on electricity.")).isFalse();
        assertThat(chrome.isChrome("Von Risiken und Nebenwirkungen")).isFalse();
        assertThat(chrome.isChrome("Related to this, the council voted to extend the tram line.")).isFalse();
        assertThat(chrome.isChrome("The streaming service added five million subscribers in the quarter.")).isFalse();
        assertThat(chrome.isChrome("Follow these steps shared on Twitter to stay safe.")).isFalse();
        assertThat(chrome.isChrome("The study was published in the journal Nature.")).isFalse();
        assertThat(chrome.isChrome("EU copyright reform runs aground")).isFalse();
        assertThat(chrome.isChrome("The shop sells two coffees for 0.15 EUR less than last year.")).isFalse();
    }

    @Test
    void dropsShortChromeBlocksInsideTheArticleButKeepsTheStory() {
        String text = extract("""
                <html><head><title>Tram line opens</title></head><body><article>
                <h1>Tram line opens</h1>
                <p>By Jane Doe</p>
                <p><time>March 4, 2021 9:09 AM</time></p>
                %s
                <p>Photo: Harbour Authority</p>
                <p>Read more: Why the old tram line closed in 1962</p>
                <p>Subscribe now to our print edition for the full story.</p>
                <p>© 2021 Riverside Gazette. All rights reserved.</p>
                </article></body></html>""".formatted(story()));

        assertThat(text).contains("The new tram line opened on Thursday", "the mayor said at the opening.")
                .doesNotContain("Jane Doe", "9:09", "Harbour Authority", "Read more", "Subscribe", "All rights");
    }

    @Test
    void keepsALinkInsideASentenceWhateverItSays() {
        String text = extract("""
                <html><body><article>%s
                <p>The results were <a href="/x">published in the journal Transport</a> last year, and the
                council relied on them when it planned the route through the old harbour district.</p>
                </article></body></html>""".formatted(story()));

        assertThat(text).contains("The results were published in the journal Transport last year");
    }

    @Test
    void dropsBlocksThatAreMostlyLinksButKeepsLinkedHeadlines() {
        String text = extract("""
                <html><body><article>
                <h2><a href="/tram">Tram line opens</a></h2>%s
                <ul><li><a href="/a">Bus lanes on the ring road</a></li><li><a href="/b">Cycle paths get lights</a></li></ul>
                <p>More: <a href="/c">The history of the harbour district and its ferries</a></p>
                </article></body></html>""".formatted(story()));

        assertThat(text).contains("Tram line opens", "The new tram line opened on Thursday")
                .doesNotContain("Bus lanes", "Cycle paths", "ferries");
    }

    @Test
    void aFormWrappingTheWholePageIsNotChrome() {
        // ASP.NET WebForms pages put the whole body, article included, inside one <form>.
        String text = extract("""
                <html><body><form id="mainform" method="post" action="./page">
                <div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
                <article>%s</article>
                </form>
                <form class="signup"><p>Get the morning briefing in your inbox</p><input name="email"></form>
                </body></html>""".formatted(story()));

        assertThat(text).contains("The new tram line opened on Thursday", "the mayor said at the opening.")
                .doesNotContain("morning briefing");
    }

    private String extract(String html) {
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), "https://gazette.example.org/tram").text();
    }

    private static String story() {
        return """
                <p>The new tram line opened on Thursday after three years of building work, linking the station
                with the university and the hospital in under twenty minutes, the transport authority said.</p>
                <p>Around four thousand passengers used the line on its first day, far more than expected, and
                the trams ran every six minutes until late in the evening, with extra staff at every stop.</p>
                <p>Residents along the route had complained about the noise of the works for years, but most of
                those who came to the opening said the wait had been worth it, the mayor said at the opening.</p>
                """;
    }
}
