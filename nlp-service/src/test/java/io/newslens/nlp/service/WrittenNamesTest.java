package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenNamesTest {

    private final WrittenNames names = new WrittenNames(List.of("Norbridge", "Norbridge Telecom", "NT", "AT&T", "Sky", "O2"));

    private List<String> found(String text) {
        return names.in(text).stream().map(w -> w.name() + "@" + w.start() + "-" + w.end()).toList();
    }

    @Test
    void theLongestNameAtAPlaceWinsAndTheScanGoesOnAfterIt() {
        assertThat(found("Norbridge Telecom said NT and Norbridge agreed."))
                .containsExactly("Norbridge Telecom@0-17", "NT@23-25", "Norbridge@30-39");
    }

    @Test
    void aNameIsAWholeWordCaseAsListed() {
        assertThat(found("NTL, BO2, ANT, norbridge, Skyline and NT-owned or AT&T-NT")).isEmpty();
        assertThat(found("Sky+ boxes, not Sky")).containsExactly("Sky@16-19");
        assertThat(found("(AT&T), O2's")).containsExactly("AT&T@1-5", "O2@8-10");
    }
}
