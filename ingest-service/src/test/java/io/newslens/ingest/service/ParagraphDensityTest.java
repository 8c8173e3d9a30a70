package io.newslens.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ParagraphDensityTest {

    private static final List<String> NOTICE = List.of(
            "Editorial note: opinions expressed here are the author's alone, not those of any operator, port, "
                    + "authority or sponsor, and have not been endorsed.",
            "Some of the offers on this site come from partners, from whom we receive compensation, which may "
                    + "affect how, where and in which order they appear.",
            "This site does not include all operators, all routes, or all available fares, and prices, times, and "
                    + "conditions may change without notice to readers.",
            "Please view our advertising policy, our corrections policy, and our terms of use for more information "
                    + "on how, why, and when we are paid by partners.");

    private static final List<String> STORY = List.of(
            "The ferry between the two islands returned on Monday after a winter without service, carrying two "
                    + "hundred passengers on its first crossing.",
            "The operator said the new boat burns half the fuel of the old one and can sail in heavier weather "
                    + "than any ship it had before.",
            "Islanders had waited since October for the link, driving two hours around the bay to reach the "
                    + "hospital and the schools.",
            "Tickets cost the same as last year, and children under twelve travel free on weekdays until the end "
                    + "of the summer season.",
            "The harbour master said a second boat would join the route in June if the numbers held up through the "
                    + "spring months.",
            "On the quay the first passengers were met by a brass band and by the mayors of both islands, who "
                    + "crossed together.",
            "A fisherman who has lived on the smaller island all his life said the winter had felt longer than any "
                    + "he could remember.",
            "The council will review the timetable in the autumn, when the operator has to report how many people "
                    + "used the service.");

    /**
     * A disclosure box named like an article body, and the story split into one deeply wrapped block per paragraph
     * (as slide shows and page builders write it): Readability scores each paragraph's wrappers on their own and
     * picks the box.
     */
    private static final String PAGE = "<html><head><title>Ferry service returns</title></head><body>"
            + "<div><div><div class=\"entry-content article-body\">"
            + NOTICE.stream().map(p -> "<p>" + p + "</p>").collect(Collectors.joining())
            + "</div></div></div><div class=\"story\">"
            + STORY.stream().map(p -> "<div><div><div><div><p>" + p + "</p></div></div></div></div>")
                    .collect(Collectors.joining())
            + "</div></body></html>";

    @Test
    void takesTheElementHoldingMostParagraphsWhenReadabilityPicksASideBox() {
        String readabilityOnly = extract(HtmlExtractor.WITH_BLOCK_PRUNING);
        String text = extract(HtmlExtractor.BEST);

        assertThat(readabilityOnly).contains(NOTICE.get(0)).doesNotContain(STORY.get(0));
        assertThat(text).contains(STORY.get(0), STORY.get(7)).doesNotContain("Editorial note");
    }

    @Test
    void theDensestElementIgnoresTeaserLinksAndShortCaptions() {
        Document doc = Jsoup.parse("<body><div id=story>"
                + STORY.stream().limit(3).map(p -> "<p>" + p + "</p>").collect(Collectors.joining())
                + "<p>Photo: the new boat</p></div>"
                + "<div id=more><p><a href=/a>" + STORY.get(4) + "</a></p><p><a href=/b>" + STORY.get(5) + "</a></p>"
                + "<p><a href=/c>" + STORY.get(6) + "</a></p><p><a href=/d>" + STORY.get(7) + "</a></p></div></body>");

        Element densest = ParagraphDensity.densest(doc.body());

        assertThat(densest).isNotNull();
        assertThat(densest.id()).isEqualTo("story");
    }

    @Test
    void aPageWithoutParagraphsHasNoDensestElement() {
        assertThat(ParagraphDensity.densest(Jsoup.parse("<body><div>Menu</div><p>Short.</p></body>").body())).isNull();
    }

    private static String extract(HtmlExtractor.Variant variant) {
        return new HtmlExtractor(variant).extract(PAGE.getBytes(StandardCharsets.UTF_8), "").text();
    }
}
