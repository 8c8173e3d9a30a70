-- RSS/Atom feeds polled for new articles. next_poll_at is both the schedule and the lease that keeps replicas apart:
-- a replica claims due feeds with FOR UPDATE SKIP LOCKED and moves next_poll_at past the poll's longest duration in
-- the same statement, so no other replica sees them as due until this one has finished (or died).
CREATE TABLE feed (
    id               uuid PRIMARY KEY,
    url              text        NOT NULL UNIQUE,
    interval_seconds integer     NOT NULL,
    created_at       timestamptz NOT NULL,
    next_poll_at     timestamptz NOT NULL,
    last_polled_at   timestamptz,
    last_status      text,
    last_error       text,
    -- Validators of the last 200 answer, sent back as If-None-Match / If-Modified-Since.
    etag             text,
    last_modified    text
);
CREATE INDEX feed_next_poll_at_idx ON feed (next_poll_at);

-- The items of a feed that were handled, by guid (else link), so a re-poll does not fetch their pages again.
-- An item whose page could not be fetched or held no article has no article_id and is tried again on later polls
-- until it has had max-item-attempts.
CREATE TABLE feed_item (
    feed_id      uuid        NOT NULL REFERENCES feed (id) ON DELETE CASCADE,
    item_key     text        NOT NULL,
    link         text,
    article_id   uuid,
    error        text,
    attempts     integer     NOT NULL,
    last_seen_at timestamptz NOT NULL,
    PRIMARY KEY (feed_id, item_key)
);
