-- Which MinHash signature and band layout an article's minhash and article_band rows follow
-- (NearDuplicateDetector.SCHEME). Rows stored before are scheme 1: one hash per shingle and slot, 20 bands of 6 slots
-- numbered 0 to 19 (or no signature at all, before V3). Scheme 2 (one permutation hashing, 10 bands of 3 slots
-- numbered from 100) is written by ingest explicitly; SignatureUpgrade re-signs older rows from their text, then
-- deletes the bands numbered below 100. The default stays 1 so that a replica still running the old code, during a
-- rolling update, marks what it writes as the old scheme.
ALTER TABLE article ADD COLUMN minhash_scheme smallint NOT NULL DEFAULT 1;

-- The rows SignatureUpgrade has left to re-sign; empty once it is done.
CREATE INDEX article_minhash_stale_idx ON article (id) WHERE minhash_scheme < 2;
