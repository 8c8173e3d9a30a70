-- An articles.ingested outbox row no longer copies the article: the relay makes the event from the article row when
-- it publishes (the text was stored a third time, next to the clean and the raw text, and kept after sending).
-- Rows written before keep their payload, which the relay still sends as it is.
ALTER TABLE outbox ALTER COLUMN payload DROP NOT NULL;
