package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Initials of an organisation the article names, found where NER tagged nothing (hand-made mentions, no CoreNLP). */
class UntaggedInitialsTest {

    @Test
    void initialsKeepAnAmpersandAndSkipJoiningWords() {
        assertThat(UntaggedInitials.initials("Royal Academy of Dance")).isEqualTo("RAD");
        assertThat(UntaggedInitials.initials("Harwell & Bingley")).isEqualTo("H&B");
        assertThat(UntaggedInitials.initials("Wessex Water")).isNull(); // two letters: too many words are two capitals
        assertThat(UntaggedInitials.initials("Yes campaign group")).isNull();
    }

    @Test
    void theInitialsWrittenAsAWholeWordWhereNothingIsTaggedAreTheOrganisation() {
        String text = "Harwell & Bingley said so. H&B shares rose, and the Royal Academy of Dance (RAD) agreed; RADIO did not.";
        int hb = text.indexOf("Harwell");
        int rad = text.indexOf("Royal");
        List<NamedMention> tagged = List.of(new NamedMention("ORGANIZATION", hb, hb + 17, "Harwell & Bingley"),
                new NamedMention("ORGANIZATION", rad, rad + 22, "Royal Academy of Dance"));
        assertThat(UntaggedInitials.find(text, tagged)).extracting(NamedMention::text, NamedMention::start)
                .containsExactly(tuple("H&B", text.indexOf("H&B")),
                        tuple("RAD", text.indexOf("(RAD)") + 1));
    }
}
