package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names NER leaves untagged, found from the honorific or company description before them (no CoreNLP). */
class UntaggedNamesTest {

    @Test
    void aSurnameAfterAnHonorificIsAPerson() {
        String text = "\"It is a matter of principle,\" said Mr Quelch. Dr Ann Lee agreed.";
        assertThat(UntaggedNames.find(text, List.of())).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("Quelch", "PERSON"), tuple("Ann Lee", "PERSON"));
    }

    @Test
    void aNameAfterACompanyDescriptionIsAnOrganisation() {
        String text = "Market leader Brightmart cut prices, and key rival Hopsfield & Sons followed; drinks firm Vintra did not; Shoppers Against Supermarket Pricing Rules protested.";
        assertThat(UntaggedNames.find(text, List.of())).extracting(NamedMention::text, NamedMention::type)
                .containsExactly(tuple("Brightmart", "ORGANIZATION"), tuple("Hopsfield & Sons", "ORGANIZATION"),
                        tuple("Vintra", "ORGANIZATION"));
    }

    @Test
    void taggedNamesTitlesAndLowerCaseWordsAreLeftAlone() {
        String text = "Mr Quelch met the firm Chief Executive. The company said its rival was weak.";
        NamedMention quelch = new NamedMention("PERSON", 3, 9, "Quelch");
        assertThat(UntaggedNames.find(text, List.of(quelch))).isEmpty();
    }
}
