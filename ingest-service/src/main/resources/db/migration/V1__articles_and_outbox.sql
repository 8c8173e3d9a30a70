-- Articles as accepted, and the transactional outbox that carries them to Kafka.
CREATE TABLE article (
    id            uuid PRIMARY KEY,
    title         text,
    source        text,
    url           text,
    published_at  timestamptz,
    language      text,
    text          text        NOT NULL,
    status        text        NOT NULL,
    status_reason text,
    received_at   timestamptz NOT NULL,
    sent_at       timestamptz
);
CREATE INDEX article_received_at_idx ON article (received_at);

-- One row per event to publish. Written in the same transaction as the article, so an accepted
-- article always has its event; the relay leases rows, publishes them, then stamps sent_at.
CREATE TABLE outbox (
    id           bigserial PRIMARY KEY,
    article_id   uuid        NOT NULL REFERENCES article (id),
    topic        text        NOT NULL,
    record_key   text        NOT NULL,
    payload      text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    lease_until  timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    sent_at      timestamptz
);
-- The relay only ever looks at unsent rows, in order.
CREATE INDEX outbox_unsent_idx ON outbox (id) WHERE sent_at IS NULL;
