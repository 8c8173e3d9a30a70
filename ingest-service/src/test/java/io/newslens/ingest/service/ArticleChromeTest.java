package io.newslens.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleChromeTest {

    private final ArticleChrome chrome = new ArticleChrome();
    private final HtmlExtractor extractor = new HtmlExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"19:49", "03.04.2020, 14:05 Uhr", "Thursday, March 4, 2021 9:09 AM",
            "12 de abril de 2022 1:04 PM", "Published: 4 March 2021", "By Jane Doe and John Roe",
            "Von Erika Musterfrau", "Autoren:", "Photo: Harbour Authority", "Ada Lovelace / Getty Images",
            "Read more: The bridge that took ten years", "Lesen Sie auch",
            "Subscribe now to our print edition for the full story.", "Follow the Gazette on Twitter and Facebook.",
            "© 2024 Riverside Gazette. All rights reserved.", "Advertisement"})
    void recognisesDatesBylinesCreditsAndPromptsStandingAlone(String block) {
        assertThat(chrome.isChrome(block)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"By 2030 the city wants every bus to run on electricity.", "Von Risiken und Nebenwirkungen",
            "Related to this, the council voted to extend the tram line.",
            "The streaming service added five million subscribers in the quarter.",
            "Follow these steps shared on Twitter to stay safe.", "The study was published in the journal Nature.",
            "EU copyright reform runs aground", "The shop sells two coffees for 0.15 EUR less than last year."})
    void keepsStoryTextThatOnlyMentionsTheSameWords(String block) {
        assertThat(chrome.isChrome(block)).isFalse();
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
                <ul><li><a href="/a">Bus lanes on the ring road</a></li>
                <li><a href="/b">Cycle paths get lights</a></li></ul>
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
