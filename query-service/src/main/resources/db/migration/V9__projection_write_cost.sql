-- What the projection pays per row, measured (docs/benchmarks.md, "Projection throughput", session 6): of about
-- 350 ms of PostgreSQL per batch of 500 events, 130 ms went to the mention rows and 77 ms to article_entity.

-- The fact tables are derived data, written only by the projection, which upserts an article's entities and
-- writes the article in the same transaction as its facts, and deletes facts only by article (no article is ever
-- deleted). Their foreign keys checked, per inserted row, what that code already guarantees: a lookup with a
-- KEY SHARE lock on the article and on the entity row, which concurrent projection batches share (multixacts).
ALTER TABLE mention DROP CONSTRAINT IF EXISTS mention_article_id_fkey,
    DROP CONSTRAINT IF EXISTS mention_entity_id_fkey;
ALTER TABLE article_entity DROP CONSTRAINT IF EXISTS article_entity_article_id_fkey,
    DROP CONSTRAINT IF EXISTS article_entity_entity_id_fkey;
ALTER TABLE quote DROP CONSTRAINT IF EXISTS quote_article_id_fkey;
ALTER TABLE keyword DROP CONSTRAINT IF EXISTS keyword_article_id_fkey;
ALTER TABLE entity_alias DROP CONSTRAINT IF EXISTS entity_alias_entity_id_fkey;

-- No query reads mentions by entity since V5 (counts) and V8 (rollups): an article's mentions come by its key.
DROP INDEX IF EXISTS mention_entity_id_idx;

-- Ids and other keys compare byte-wise (COLLATE "C"): every key comparison in the B-trees, the sorts that give the
-- rollups their lock order and the pair order (a < b) is then a memcmp, not a locale-aware strcoll, whatever
-- collation the database was created with. Only equality and a fixed order matter for these columns; names and
-- aliases keep their own indexes on lower(...) for autocomplete. entity_pair's rows are put in the new order
-- (under a linguistic database collation, a < b may have held the other way round).
ALTER TABLE entity_pair DROP CONSTRAINT IF EXISTS entity_pair_check;
ALTER TABLE article ALTER COLUMN id TYPE text COLLATE "C", ALTER COLUMN story_id TYPE text COLLATE "C";
ALTER TABLE entity ALTER COLUMN id TYPE text COLLATE "C";
ALTER TABLE entity_alias ALTER COLUMN entity_id TYPE text COLLATE "C", ALTER COLUMN alias TYPE text COLLATE "C";
ALTER TABLE mention ALTER COLUMN article_id TYPE text COLLATE "C", ALTER COLUMN entity_id TYPE text COLLATE "C";
ALTER TABLE article_entity ALTER COLUMN article_id TYPE text COLLATE "C",
    ALTER COLUMN entity_id TYPE text COLLATE "C";
ALTER TABLE quote ALTER COLUMN article_id TYPE text COLLATE "C", ALTER COLUMN speaker_id TYPE text COLLATE "C",
    ALTER COLUMN entity_ids TYPE text[] COLLATE "C", ALTER COLUMN about_ids TYPE text[] COLLATE "C";
ALTER TABLE keyword ALTER COLUMN article_id TYPE text COLLATE "C", ALTER COLUMN phrase TYPE text COLLATE "C";
ALTER TABLE entity_day ALTER COLUMN entity_id TYPE text COLLATE "C";
ALTER TABLE entity_total ALTER COLUMN entity_id TYPE text COLLATE "C";
ALTER TABLE entity_pair ALTER COLUMN a TYPE text COLLATE "C", ALTER COLUMN b TYPE text COLLATE "C";
UPDATE entity_pair SET a = b, b = a WHERE a > b;
ALTER TABLE entity_pair ADD CONSTRAINT entity_pair_check CHECK (a < b);
