package io.newslens.nlp.service;

import static io.newslens.nlp.service.TestMentions.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class AmpersandNamesTest {

    @Test
    void namesJoinedByAnAmpersandAreOneOrganisationInPlaceOfTheirParts() {
        String text = "Lawyers at Hale & Dene said The Norbridge Gas & Power deal was done, as Standard & Poor's said.";
        List<NamedMention> joined = AmpersandNames.joined(text, List.of(at(text, "PERSON", "Hale"),
                at(text, "LOCATION", "Dene"), at(text, "ORGANIZATION", "Norbridge Gas")));
        assertThat(joined).extracting(NamedMention::type, NamedMention::text).containsExactlyInAnyOrder(
                tuple("ORGANIZATION", "Hale & Dene"), tuple("ORGANIZATION", "Norbridge Gas & Power"),
                tuple("ORGANIZATION", "Standard & Poor's"));
        String possessive = "Hale & Dene's profits rose.";
        assertThat(AmpersandNames.joined(possessive, List.of())).extracting(NamedMention::text).containsExactly("Hale & Dene");
    }

    @Test
    void twoPlacesAMentionAcrossTheNameAndAWholeMentionStay() {
        String text = "Otley & Ilkley voted. Ann Lowe & Co Ltd grew. Hale & Dene rose. Jo Lowe & Kim Lee won. "
                + "Norbridge & Otley. Kim Lee spoke.";
        List<NamedMention> tagged = List.of(at(text, "LOCATION", "Otley"), at(text, "LOCATION", "Ilkley"),
                at(text, "ORGANIZATION", "Lowe & Co Ltd grew"), at(text, "ORGANIZATION", "Hale & Dene"),
                at(text, "PERSON", "Jo Lowe"), at(text, "PERSON", "Kim Lee"));
        // "Otley." ends its sentence: "Kim Lee" after it is no part of a name
        assertThat(AmpersandNames.joined(text, tagged)).extracting(NamedMention::text)
                .containsExactlyElementsOf(List.of("Otley", "Ilkley", "Lowe & Co Ltd grew", "Hale & Dene", "Jo Lowe", "Kim Lee",
                        "Norbridge & Otley"));
    }
}
