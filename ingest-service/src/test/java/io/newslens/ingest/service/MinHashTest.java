package io.newslens.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String STORY = "The harbour bridge reopened to traffic on Tuesday morning after two years of "
            + "repairs that cost the city more than 40 million euros, the mayor said. Engineers replaced the corroded "
            + "steel cables, resurfaced the deck and installed a new drainage system. Cyclists will get a separate "
            + "lane for the first time since the bridge was built in 1962. Local businesses on both banks said trade "
            + "had fallen by a third during the closure, and the chamber of commerce welcomed the reopening. The "
            + "council will review the traffic plan for the old town next spring, officials added on Tuesday.";

    private final MinHash minHash = new MinHash(128, 3);

    @Test
    void theSameTextIsFullySimilarWhateverItsCaseAndPunctuation() {
        assertThat(MinHash.similarity(minHash.signature(STORY), minHash.signature(STORY.toUpperCase().replace(",", ""))))
                .isEqualTo(1.0);
    }

    @Test
    void aCopyWithOneSentenceEditedStaysSimilar() {
        String edited = STORY.replace("officials added on Tuesday", "a spokesman added");

        assertThat(MinHash.similarity(minHash.signature(STORY), minHash.signature(edited))).isGreaterThan(0.8);
    }

    @Test
    void differentStoriesAreNotSimilar() {
        String other = "Ferry services resumed on Friday after a two-week strike by crews ended with a pay deal, the "
                + "operator said, and timetables will be back to normal by Monday.";

        assertThat(MinHash.similarity(minHash.signature(STORY), minHash.signature(other))).isLessThan(0.1);
    }

    @Test
    void signaturesStayComparableWithThoseAlreadyStored() {
        // Slots of this text's signature as computed (and stored in ingest.article.minhash) before the hashing was
        // rewritten for speed: a changed hash would hide every near-duplicate of an article stored earlier.
        long[] signature = minHash.signature("The harbour bridge reopened to traffic on Tuesday morning after two "
                + "years of repairs — Ünïcödé 1962, café!");

        assertThat(new long[] {signature[0], signature[1], signature[127]})
                .containsExactly(-8998889428958832278L, -7706736341330424964L, -8173294040538593166L);
    }
}
