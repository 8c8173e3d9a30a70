package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static List<String> quotes(String text) {
        return QuoteFinder.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void curlyAndStraightDoubleQuotesAreQuotations() {
        assertThat(quotes("\u201cWe are ready,\u201d she said. He said \"no\" twice."))
                .containsExactly("We are ready,", "no");
    }

    @Test
    void aDoubledStraightOpeningMarkOpensOneQuotation() {
        assertThat(quotes("The firm will pay an \"\"unfair and low\" sum, he said \"no\" twice."))
                .containsExactly("unfair and low", "no");
    }

    @Test
    void quoteSplitAroundTheAttributionIsTwoQuotations() {
        assertThat(quotes("\"It is wrong,\" he said, \"and it will stay wrong.\""))
                .containsExactly("It is wrong,", "and it will stay wrong.");
    }

    @Test
    void singleQuotesAreQuotationsButApostrophesAreNot() {
        String text = "Zhao says the US' actions 'rip away the fig leaf' of Huawei's rivals, a \u2018backdoor\u2019 we\u2019re told.";
        assertThat(quotes(text)).containsExactly("rip away the fig leaf", "backdoor");
    }

    @Test
    void singleQuotesInsideADoubleQuoteAreNestedEvenWithMismatchedMarks() {
        String text = "\u201cThe CCP has prioritized something called \u2018military-civil fusion,'\u201d Pompeo said.";
        List<QuoteSpan> found = QuoteFinder.find(text);

        assertThat(found).extracting(QuoteSpan::nested).containsExactly(false, true);
        assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("military-civil fusion,");
    }

    @Test
    void quotationOpenAtTheEndOfAParagraphContinuesInTheNextThatReopensIt() {
        String text = "\"We will win this election.\n\n\"And we will win it well,\" Mr Blair said.\n\nLater he left.";
        assertThat(quotes(text)).containsExactly("We will win this election.\n\n\"And we will win it well,");
    }

    @Test
    void quotationReopenedAfterAFinishedSentenceOnTheSameLineGoesOn() {
        String text = "\"Career sexism limits women. \"It is simply wrong,\" she said. Then \"a new quote\".";
        assertThat(quotes(text)).containsExactly("Career sexism limits women. \"It is simply wrong,", "a new quote");
    }

    @Test
    void twoStraightSingleQuotesAreOneDoubleMarkAlsoWhenTheQuotationGoesOn() {
        String text = "\"I heard it,\" he said. ''Robbie has an agreement.\n\n''Personally, I agree. ''It would be great.''"
                + " The players' 'fight' went on.";
        List<QuoteSpan> found = QuoteFinder.find(text);

        assertThat(quotes(text)).containsExactly("I heard it,",
                "Robbie has an agreement.\n\n''Personally, I agree. ''It would be great.", "fight");
        assertThat(text.substring(found.get(1).close() - 2, found.get(1).close())).isEqualTo("''");
    }

    @Test
    void quotationNeverClosedEndsWithItsParagraph() {
        String text = "He said: \"We will win this election.\nThe next paragraph has no quote.";
        assertThat(quotes(text)).containsExactly("We will win this election.");
    }

    @Test
    void offsetsAreJavaStringIndicesAfterEmoji() {
        String text = "\uD83D\uDE80 \u201cLaunch now,\u201d she said.";
        QuoteSpan q = QuoteFinder.find(text).get(0);
        assertThat(text.substring(q.start(), q.end())).isEqualTo("Launch now,");
        assertThat(q.start()).isEqualTo(4);
    }

    @Test
    void aMarkTypedTheWrongWayRoundClosesOrOpensByItsPlace() {
        // a closing quotation written with an opening mark, and an opening one written with a closing mark
        String text = "\u201cIt is rare,\u201c said Ann Dene. \u201cIt is hard.\u201d\n"
                + "The rules, he said, were \u201dout of date\u201d and \u201cwrong.\u201c";
        assertThat(quotes(text)).containsExactly("It is rare,", "It is hard.", "out of date", "wrong.");
    }

    @Test
    void aCurlyQuotationInsideACurlyOneIsNestedWhenBothCloseOnTheLine() {
        String text = "She wrote: \u201cI would rather live in what he calls \u201chell\u201d than here.\u201d\n"
                + "\u201cOne never closed, and \u201ca second\u201d one.\n";
        List<QuoteSpan> found = QuoteFinder.find(text);

        assertThat(quotes(text)).containsExactly("I would rather live in what he calls \u201chell\u201d than here.", "hell",
                "a second");
        assertThat(found).extracting(QuoteSpan::nested).containsExactly(false, true, false);
    }
}
