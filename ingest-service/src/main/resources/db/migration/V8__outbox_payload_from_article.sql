-- An articles.ingested outbox row no longer copies the article: the relay makes the event from the article row when
-- it publishes (the text was stored a third time, next to the clean and the raw text). Rows written before keep
-- their payload, which the relay still sends as it is.
ALTER TABLE outbox ALTER COLUMN payload DROP NOT NULL;

-- The relay now deletes what Kafka acknowledged instead of stamping sent_at, so the outbox holds only what waits;
-- the rows it stamped before go too (each article keeps its own sent_at).
DELETE FROM outbox WHERE sent_at IS NOT NULL;

