package io.newslens.ingest.service;

import java.util.Arrays;

/**
 * MinHash signatures of a text's word shingles: the share of equal slots of two signatures estimates the Jaccard
 * similarity of their shingle sets, so near-duplicates (a story re-published with a few sentences edited) can be
 * found without comparing texts. Words are runs of letters and digits, lower-cased, so punctuation, case and
 * whitespace changes do not count as edits.
 *
 * <p>One permutation hashing (Li, Owen and Zhang, 2012): each shingle is hashed once, the hash picks its slot and is
 * that slot's candidate minimum, instead of one hash per shingle and slot (128 for a signature of 128 slots). A slot
 * that no shingle picked (a short text) is then filled by optimal densification (Shrivastava, 2017): it takes the
 * value of the first filled slot of its own fixed probe sequence, so two texts fill their empty slots alike. The
 * share of equal slots still estimates the Jaccard similarity. Signatures are those of
 * {@link NearDuplicateDetector#SCHEME} 2; scheme 1 (one hash per shingle and slot) cost 134 µs per BBC article,
 * this 22–31 µs (PreparationStagesBenchmark).
 *
 * <p>Hand-written (about 60 lines): the Java MinHash libraries we found (java-lsh, java-string-similarity) are
 * unmaintained since 2017–2019 and hash every shingle once per slot.
 */
public final class MinHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long EMPTY = Long.MAX_VALUE;

    private final int slots;
    private final int shingleWords;

    /**
     * @param slots        signature length; the estimate's standard error is about {@code 1/sqrt(slots)}
     * @param shingleWords words per shingle
     */
    public MinHash(int slots, int shingleWords) {
        this.slots = slots;
        this.shingleWords = shingleWords;
    }

    /** Blocking (CPU). A text shorter than one shingle is one shingle. */
    public long[] signature(String text) {
        long[] signature = new long[slots];
        Arrays.fill(signature, EMPTY);
        long[] window = new long[shingleWords]; // hashes of the last words, a ring
        int words = 0;
        long word = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(c) : 1;
            if (Character.isLetterOrDigit(c)) {
                word = (word ^ Character.toLowerCase(c)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                window[words++ % shingleWords] = word;
                if (words >= shingleWords) {
                    add(signature, shingle(window, words));
                }
                word = FNV_OFFSET;
                inWord = false;
            }
        }
        if (words < shingleWords) {
            add(signature, shingle(window, words));
        }
        densify(signature);
        return signature;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets, 0 to 1. */
    public static double similarity(long[] x, long[] y) {
        int equal = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                equal++;
            }
        }
        return (double) equal / x.length;
    }

    /** The shingle of the last {@code min(words, shingleWords)} words, in text order. */
    private long shingle(long[] window, int words) {
        long h = FNV_OFFSET;
        for (int w = Math.max(0, words - shingleWords); w < words; w++) {
            h = mix(h ^ window[w % shingleWords]);
        }
        return mix(h);
    }

    /** The whole hash competes for the minimum of the slot it picks. */
    private void add(long[] signature, long hash) {
        int slot = slotOf(hash);
        if (hash < signature[slot]) {
            signature[slot] = hash;
        }
    }

    private void densify(long[] signature) {
        long[] filled = signature.clone();
        for (int slot = 0; slot < slots; slot++) {
            for (long attempt = 1; signature[slot] == EMPTY; attempt++) {
                long probe = mix(slot * 0x9e3779b97f4a7c15L + attempt);
                signature[slot] = filled[slotOf(probe)];
            }
        }
    }

    /** The slot a hash picks, from its high bits: 0 to {@code slots - 1}, evenly. */
    private int slotOf(long hash) {
        return (int) (((hash >>> 32) * slots) >>> 32);
    }

    /** SplitMix64's finaliser: a bijection that scatters every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
