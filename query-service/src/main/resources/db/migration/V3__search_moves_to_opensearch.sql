-- Full-text search is answered by OpenSearch now (see docs/architecture.md): the generated tsvector and its GIN
-- index only cost writes and space.
DROP INDEX IF EXISTS article_search_vector_idx;
ALTER TABLE article DROP COLUMN IF EXISTS search_vector;
