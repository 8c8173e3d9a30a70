package io.newslens.contracts.api;

import java.time.Instant;

/**
 * A registered feed and how its polling goes.
 *
 * @param lastPolledAt  when the last poll ended; null before the first
 * @param lastStatus    how the last poll ended; null before the first
 * @param lastError     why the last poll failed, or which item pages failed in an otherwise good poll; else null
 * @param itemsIngested feed items that became an article (new, or the same text stored before)
 * @param nextPollAt    when the feed is due next
 */
public record FeedView(String id, String url, int intervalSeconds, Instant createdAt, Instant lastPolledAt,
        PollStatus lastStatus, String lastError, long itemsIngested, Instant nextPollAt) {

    /** OK: the feed was read (new items, if any, were ingested); NOT_MODIFIED: it answered 304. */
    public enum PollStatus { OK, NOT_MODIFIED, ERROR }
}
