-- Story clusters: near-duplicates (ingest's MinHash, passed on as ArticleEnriched.duplicateOf) share the id of their
-- story's first article; an original's story is itself. Articles stored before this column existed count as
-- originals until they are enriched again (a republish from ingest carries duplicateOf).
ALTER TABLE article ADD COLUMN story_id text;
UPDATE article SET story_id = id;
ALTER TABLE article ALTER COLUMN story_id SET NOT NULL;
-- The members of a story (the search index folds them; this serves the read model's lookups).
CREATE INDEX article_story_id_idx ON article (story_id);
