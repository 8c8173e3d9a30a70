package io.newslens.contracts.api;

import java.time.Instant;
import java.util.List;

/**
 * How many matching articles were published per interval, with their average document tone.
 *
 * @param interval day, week (starting Monday) or month, in UTC
 * @param buckets  in time order, from the first to the last interval with an article; empty intervals in
 *                 between have count 0 and a null averageTone
 */
public record Timeline(String interval, long total, List<Bucket> buckets) {

    public record Bucket(Instant start, long count, Double averageTone) {
    }
}
