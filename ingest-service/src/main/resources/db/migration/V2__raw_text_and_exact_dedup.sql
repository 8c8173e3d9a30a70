-- The submitted text exactly as it arrived (before cleaning), and the SHA-256 of the clean text, unique, so
-- that the same story posted twice (or twice at once) is stored once.
ALTER TABLE article ADD COLUMN raw_text text;
ALTER TABLE article ADD COLUMN text_hash text;

-- Articles stored before this migration: hash their text, keeping the earliest of any exact duplicates.
UPDATE article a SET text_hash = first.hash
FROM (SELECT DISTINCT ON (hash) id, hash
      FROM (SELECT id, received_at, encode(sha256(convert_to(text, 'UTF8')), 'hex') AS hash FROM article) h
      ORDER BY hash, received_at, id) first
WHERE a.id = first.id;

CREATE UNIQUE INDEX article_text_hash_key ON article (text_hash);
