package io.newslens.ingest.repository;

import io.newslens.ingest.service.NearDuplicateDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The {@code ingest.article_band} rows of some articles, as the three arrays a statement unnests. */
record BandRows(UUID[] articleIds, Short[] bands, Long[] hashes) {

    /** {@code signatures.get(i)} is the MinHash signature of article {@code ids.get(i)}. */
    static BandRows of(List<UUID> ids, List<long[]> signatures) {
        List<UUID> articleIds = new ArrayList<>();
        List<Short> bands = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long[] bandHashes = NearDuplicateDetector.bandHashes(signatures.get(i));
            for (int b = 0; b < bandHashes.length; b++) {
                articleIds.add(ids.get(i));
                bands.add(NearDuplicateDetector.bandNumber(b));
                hashes.add(bandHashes[b]);
            }
        }
        return new BandRows(articleIds.toArray(new UUID[0]), bands.toArray(new Short[0]), hashes.toArray(new Long[0]));
    }
}
