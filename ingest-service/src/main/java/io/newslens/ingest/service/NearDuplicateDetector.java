package io.newslens.ingest.service;

import io.newslens.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;

/**
 * Decides whether two texts are near-duplicates: the MinHash estimate of the Jaccard similarity of their 3-word
 * shingles reaches {@code near-duplicates.threshold}. Also cuts a signature into the LSH bands that
 * {@code ingest.article_band} indexes, so candidates are found without comparing every stored article.
 *
 * <p>Shape chosen from {@code NearDuplicateBenchmark} on the BBC corpus: 3-word shingles, 128 slots. The first 120
 * slots form {@link #BANDS} bands of {@link #ROWS}: at similarity 0.8 a pair shares a band with probability 0.998.
 */
@ApplicationScoped
public class NearDuplicateDetector {

    public static final int SLOTS = 128;
    public static final int BANDS = 20;
    public static final int ROWS = 6;

    private final MinHash minHash = new MinHash(SLOTS, 3);
    private final double threshold;

    public NearDuplicateDetector(IngestConfig config) {
        this.threshold = config.nearDuplicates().threshold();
    }

    /** Blocking (CPU, ~0.2 ms per article): run it on the {@link PreparationPool}. */
    public long[] signature(String text) {
        return minHash.signature(text);
    }

    public boolean similar(long[] x, long[] y) {
        return MinHash.similarity(x, y) >= threshold;
    }

    /** One hash per band, band {@code i} at index {@code i}. */
    public static long[] bandHashes(long[] signature) {
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0x9e3779b97f4a7c15L * (b + 1);
            for (int r = 0; r < ROWS; r++) {
                h = (h ^ signature[b * ROWS + r]) * 0x100000001b3L;
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
