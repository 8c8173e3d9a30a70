package io.newslens.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharacterReferencesTest {

    @Test
    void decodesCompleteNumericAndNamedReferences() {
        assertThat(CharacterReferences.decode("S&#227;o Paulo, Pel&#xE9;, Tom &amp; Jerry, &lsquo;hi&rsquo;, &#128512;"))
                .isEqualTo("São Paulo, Pelé, Tom & Jerry, ‘hi’, \uD83D\uDE00");
    }

    @Test
    void keepsWhatIsNoCompleteReferenceAsWritten() {
        assertThat(CharacterReferences.decode("AT&T, R&D, ?a=1&copy=2, &nosuch;, &#0;, &#xD800;, &#99999999;, & ;"))
                .isEqualTo("AT&T, R&D, ?a=1&copy=2, &nosuch;, &#0;, &#xD800;, &#99999999;, & ;");
        assertThat(CharacterReferences.decode(null)).isNull();
        String plain = "No ampersand at all";
        assertThat(CharacterReferences.decode(plain)).isSameAs(plain);
    }
}
