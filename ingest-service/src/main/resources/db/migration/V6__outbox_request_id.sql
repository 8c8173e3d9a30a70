-- The X-Request-Id of the request that queued the event, sent as a Kafka record header so one article can be
-- followed through every service's logs.
ALTER TABLE outbox ADD COLUMN request_id text;
