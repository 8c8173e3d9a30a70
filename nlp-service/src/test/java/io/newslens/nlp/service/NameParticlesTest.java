package io.newslens.nlp.service;

import static io.newslens.nlp.service.TestMentions.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameParticlesTest {

    @Test
    void aSurnameCutAtItsParticleIsCompletedAndTheOverlappingOrganisationKeepsItsOwnName() {
        String text = "Analyst Nick Van den Brul of BNP Paribas said so.";
        List<NamedMention> joined = NameParticles.join(List.of(at(text, "PERSON", "Nick Van"),
                at(text, "ORGANIZATION", "Brul of BNP Paribas")), text);
        assertThat(joined).extracting(NamedMention::text).containsExactly("Nick Van den Brul", "BNP Paribas");
    }

    @Test
    void aWeekdayAfterAFirstNameIsItsSurnameButNotAfterASurname() {
        String text = "Coach Jim Tuesday's side won. Ann Hale met Hale Friday, and Tuesday said so.";
        List<NamedMention> widened = NameParticles.withCalendarSurnames(List.of(at(text, "PERSON", "Jim"),
                at(text, "PERSON", "Ann Hale"), at(text, "PERSON", "Hale Friday").withSpan(text,
                        text.indexOf("Hale Friday"), text.indexOf("Hale Friday") + 4)), text);
        assertThat(widened).extracting(NamedMention::text).containsExactly("Jim Tuesday", "Ann Hale", "Hale");
    }

    @Test
    void lowerCaseParticlesAndTheSurnameAfterAFirstNameJoinIt() {
        String text = "Ursula von der Leyen spoke.";
        assertThat(NameParticles.join(List.of(at(text, "PERSON", "Ursula")), text))
                .extracting(NamedMention::text).containsExactly("Ursula von der Leyen");
    }

    @Test
    void namesWithoutParticlesAreLeftAlone() {
        String text = "Jo Van said de facto nothing; David Frost of the BCC spoke.";
        assertThat(NameParticles.join(List.of(at(text, "PERSON", "David Frost")), text))
                .extracting(NamedMention::text).containsExactly("David Frost");
    }
}
