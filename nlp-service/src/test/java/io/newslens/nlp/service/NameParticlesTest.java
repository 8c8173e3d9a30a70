package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameParticlesTest {

    private static NamedMention at(String text, String type, String surface) {
        int start = text.indexOf(surface);
        return new NamedMention(type, start, start + surface.length(), surface);
    }

    @Test
    void aSurnameCutAtItsParticleIsCompletedAndTheOverlappingOrganisationKeepsItsOwnName() {
        String text = "Analyst Nick Van den Brul of BNP Paribas said so.";
        List<NamedMention> joined = NameParticles.join(List.of(at(text, "PERSON", "Nick Van"),
                at(text, "ORGANIZATION", "Brul of BNP Paribas")), text);
        assertThat(joined).extracting(NamedMention::text).containsExactly("Nick Van den Brul", "BNP Paribas");
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
