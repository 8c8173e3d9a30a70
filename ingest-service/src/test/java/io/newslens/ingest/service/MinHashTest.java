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

    private static final long[] PINNED = {-3331089824236778046L, -8067810927997654766L, 1813368737011986054L};

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
        // Slots of this text's signature under NearDuplicateDetector.SCHEME 2, as stored in ingest.article.minhash:
        // a changed hash would hide every near-duplicate of an article stored earlier. Change the hashing only with
        // a new scheme, which makes SignatureUpgrade re-sign the stored articles.
        long[] signature = minHash.signature("The harbour bridge reopened to traffic on Tuesday morning after two "
                + "years of repairs — Ünïcödé 1962, café!");

        assertThat(new long[] {signature[0], signature[1], signature[127]})
                .containsExactly(PINNED);
    }

    @Test
    void aShortTextFillsEverySlotAndMatchesItsCopy() {
        long[] signature = minHash.signature("Bridge reopens");

        assertThat(signature).doesNotContain(Long.MAX_VALUE);
        assertThat(MinHash.similarity(signature, minHash.signature("BRIDGE  reopens!"))).isEqualTo(1.0);
        assertThat(MinHash.similarity(signature, minHash.signature("Bridge closes"))).isLessThan(0.1);
    }

    @Test
    void aTextWithoutWordsHasASignatureToo() {
        assertThat(minHash.signature("— … !")).doesNotContain(Long.MAX_VALUE).isEqualTo(minHash.signature(""));
    }

    @Test
    void theEstimateTracksTheJaccardSimilarityOfTheShingles() {
        // 200 distinct words, so 198 shingles; the copy keeps the first 150 words and adds 50 new ones: 148 shared
        // shingles of 148 + 50 + 50 = 248, a Jaccard similarity of 0.597.
        StringBuilder original = new StringBuilder();
        StringBuilder copy = new StringBuilder();
        for (int w = 0; w < 200; w++) {
            original.append("w").append(w).append(' ');
            copy.append(w < 150 ? "w" + w : "x" + w).append(' ');
        }

        assertThat(MinHash.similarity(minHash.signature(original.toString()), minHash.signature(copy.toString())))
                .isBetween(0.597 - 0.13, 0.597 + 0.13); // about three standard errors of 128 slots
    }
}
