package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.contracts.event.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What quotations are about, over hand-made entities (texts written for this test). */
class QuoteTopicsTest {

    private static List<Quote> quotes(String text, String... typedNames) {
        HandMadeArticle article = HandMadeArticle.of(text, typedNames);
        return QuoteExtractor.extract(text, article.sentences(), article.entities());
    }

    @Test
    void subjectBeforeAnEmbeddedQuotationIsWhatItIsAbout() {
        List<Quote> quotes = quotes("Acme\u2019s rivals are using the courts to \u201cslow down honest competitors,\u201d "
                + "said Trade Ministry spokeswoman Jane Roe.",
                "ORGANIZATION:Acme", "ORGANIZATION:Trade Ministry", "PERSON:Jane Roe");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().id()).isEqualTo("person:jane-roe");
            assertThat(q.entityIds()).isEmpty();
            assertThat(q.aboutIds()).containsExactly("organization:acme");
        });
    }

    @Test
    void speakerAndTheirTitleBeforeTheQuotationAreNotTopics() {
        List<Quote> quotes = quotes("Freedonia\u2019s trade ministry spokeswoman Jane Roe said that Acme had "
                + "\u201cbroken every promise\u201d in Sylvania.",
                "LOCATION:Freedonia", "PERSON:Jane Roe|Roe", "ORGANIZATION:Acme", "LOCATION:Sylvania");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().id()).isEqualTo("person:jane-roe");
            assertThat(q.aboutIds()).containsExactly("organization:acme");
        });
    }

    @Test
    void appositiveNamingTheSpeakersEmployerIsNotATopic() {
        List<Quote> quotes = quotes("Jane Roe, the spokeswoman of the Trade Ministry, said Acme was "
                + "\u201cplaying games\u201d.",
                "PERSON:Jane Roe", "ORGANIZATION:Trade Ministry", "ORGANIZATION:Acme");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.aboutIds()).containsExactly("organization:acme"));
    }

    @Test
    void namesInsideComeFirstAndAttributionAfterTheQuotationIsLeftOut() {
        List<Quote> quotes = quotes("Officials said Acme \u201cmust answer to Sylvania,\u201d Jane Roe told "
                + "reporters in Freedonia.",
                "ORGANIZATION:Acme", "LOCATION:Sylvania", "PERSON:Jane Roe", "LOCATION:Freedonia");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.entityIds()).containsExactly("location:sylvania");
            assertThat(q.aboutIds()).containsExactly("location:sylvania", "organization:acme");
        });
    }

    @Test
    void quotationOpeningItsSentenceIsAboutWhatItNames() {
        List<Quote> quotes = quotes("Acme opened a plant.\n\u201cSylvania is ready,\u201d Jane Roe said.",
                "ORGANIZATION:Acme", "LOCATION:Sylvania", "PERSON:Jane Roe");
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.aboutIds()).containsExactly("location:sylvania"));
    }
}
