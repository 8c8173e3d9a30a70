package io.newslens.ingest.service;

import io.newslens.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;

/**
 * Decides whether two texts are near-duplicates: the MinHash estimate of the Jaccard similarity of their 3-word
 * shingles reaches {@code near-duplicates.threshold}. Also cuts a signature into the LSH bands that
 * {@code ingest.article_band} indexes, so candidates are found without comparing every stored article.
 *
 * <p>Shape chosen from {@code NearDuplicateBenchmark} on the BBC corpus: 3-word shingles, 128 slots. The first 30
 * slots form {@link #BANDS} bands of {@link #ROWS}: at similarity 0.8 a pair shares a band with probability
 * 1 - (1 - 0.8^3)^10 = 0.999, at 0.3 with probability 0.24 (such a candidate costs one verification). Scheme 1 had
 * 20 bands of 6 slots (0.998 and 0.015), twice the index entries per article for PostgreSQL to write.
 *
 * <p>{@link #SCHEME} names the signature and band layout. Stored articles of an older scheme are re-signed from
 * their text by {@code SignatureUpgrade}; a band row's number tells its scheme ({@link #bandNumber}), so the
 * lookups of one scheme never meet the bands of another.
 */
@ApplicationScoped
public class NearDuplicateDetector {

    /** 2: one permutation hashing ({@link MinHash}), 10 bands of 3 slots numbered from 100. */
    public static final int SCHEME = 2;
    public static final int SLOTS = 128;
    public static final int SHINGLE_WORDS = 3;
    public static final int BANDS = 10;
    public static final int ROWS = 3;
    /** Band rows of scheme 1 are numbered 0 to 19, those of scheme 2 from this. */
    public static final int FIRST_BAND = 100;

    private final MinHash minHash = new MinHash(SLOTS, SHINGLE_WORDS);
    private final double threshold;

    public NearDuplicateDetector(IngestConfig config) {
        this.threshold = config.nearDuplicates().threshold();
    }

    /** Blocking (CPU, ~25 µs per article): run it on the {@link PreparationPool}. */
    public long[] signature(String text) {
        return minHash.signature(text);
    }

    public boolean similar(long[] x, long[] y) {
        return MinHash.similarity(x, y) >= threshold;
    }

    /** The number stored in {@code ingest.article_band.band} for band {@code i} of a signature. */
    public static short bandNumber(int i) {
        return (short) (FIRST_BAND + i);
    }

    /** One hash per band, band {@code i} at index {@code i}. */
    public static long[] bandHashes(long[] signature) {
        return bandHashes(signature, BANDS, ROWS);
    }

    /** The hashes of the first {@code bands} bands of {@code rows} consecutive slots each. */
    public static long[] bandHashes(long[] signature, int bandCount, int rows) {
        long[] bands = new long[bandCount];
        for (int b = 0; b < bandCount; b++) {
            long h = 0x9e3779b97f4a7c15L * (b + 1);
            for (int r = 0; r < rows; r++) {
                h = (h ^ signature[b * rows + r]) * 0x100000001b3L;
                h ^= h >>> 29;
            }
            bands[b] = h;
        }
        return bands;
    }

    public static byte[] toBytes(long[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * Long.BYTES);
        for (long slot : signature) {
            buffer.putLong(slot);
        }
        return buffer.array();
    }

    public static long[] fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long[] signature = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = buffer.getLong();
        }
        return signature;
    }
}
