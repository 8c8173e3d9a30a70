package io.newslens.ingest.service;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * MinHash signatures of a text's word shingles: the share of equal slots of two signatures estimates the Jaccard
 * similarity of their shingle sets, so near-duplicates (a story re-published with a few sentences edited) can be
 * found without comparing texts. Words are lower-cased letters and digits, so punctuation, case and whitespace
 * changes do not count as edits. Hand-written (about 40 lines): the Java MinHash libraries we found
 * (java-lsh, java-string-similarity) are unmaintained since 2017–2019, and the algorithm is a hash and a minimum.
 */
public final class MinHash {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final long FNV_PRIME = 0x100000001b3L;

    private final int shingleWords;
    /** One seed per slot: slot i hashes each shingle with its own seed, a stand-in for a random permutation. */
    private final long[] seeds;

    /**
     * @param slots        signature length; the estimate's standard error is about {@code 1/sqrt(slots)}
     * @param shingleWords words per shingle
     */
    public MinHash(int slots, int shingleWords) {
        this.shingleWords = shingleWords;
        SplittableRandom random = new SplittableRandom(20_240_305L);
        this.seeds = new long[slots];
        for (int i = 0; i < slots; i++) {
            seeds[i] = random.nextLong();
        }
    }

    /** Blocking (CPU). A text shorter than one shingle is one shingle. */
    public long[] signature(String text) {
        String[] split = NON_WORD.split(text.toLowerCase(Locale.ROOT).strip());
        // Each word's UTF-8 bytes once, not once per shingle it is part of.
        byte[][] words = new byte[split.length][];
        for (int w = 0; w < split.length; w++) {
            words[w] = split[w].getBytes(StandardCharsets.UTF_8);
        }
        long[] signature = new long[seeds.length];
        Arrays.fill(signature, Long.MAX_VALUE);
        int shingles = Math.max(1, words.length - shingleWords + 1);
        for (int s = 0; s < shingles; s++) {
            long h = shingleHash(words, s);
            for (int i = 0; i < seeds.length; i++) {
                long v = mix(h ^ seeds[i]);
                if (v < signature[i]) {
                    signature[i] = v;
                }
            }
        }
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

    /** SplitMix64's finaliser: a bijection that scatters every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private long shingleHash(byte[][] words, int from) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the shingle's UTF-8 bytes, words separated by a space
        for (int w = from; w < Math.min(words.length, from + shingleWords); w++) {
            for (byte c : words[w]) {
                h = (h ^ (c & 0xFF)) * FNV_PRIME;
            }
            h = (h ^ ' ') * FNV_PRIME;
        }
        return h;
    }
}
