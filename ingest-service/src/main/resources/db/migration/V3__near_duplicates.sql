-- Near-duplicates: an article whose text is a lightly edited copy of an earlier one is still stored, but points at
-- that earlier article (the first of the story) in duplicate_of, so query can fold both into one story.
-- No foreign key: duplicate_of is a hint about the story, never a reason to refuse or delay an insert.
ALTER TABLE article ADD COLUMN duplicate_of uuid;
-- The article's MinHash signature (128 slots of 8 bytes, big-endian): candidates are verified against it.
ALTER TABLE article ADD COLUMN minhash bytea;

-- MinHash LSH: the signature cut into bands of consecutive slots, one row per band with the band's hash. Two
-- articles whose signatures agree on a whole band share a (band, hash) row, so candidates are found with a few index
-- lookups instead of comparing every stored signature. With 20 bands of 6 slots, a pair with Jaccard similarity
-- 0.8 shares at least one band with probability 1 - (1 - 0.8^6)^20 = 0.998, a pair at 0.3 with probability 0.015.
-- The primary key is the index the lookup uses.
CREATE TABLE article_band (
    band       smallint NOT NULL,
    hash       bigint   NOT NULL,
    article_id uuid     NOT NULL REFERENCES article (id),
    PRIMARY KEY (band, hash, article_id)
);

-- Republishing by source and date filters on these.
CREATE INDEX article_source_idx ON article (source);
