-- Band rows are written only by the statement that writes their article (ArticleWriter: JOIN stored USING (id)), and
-- nothing deletes articles, so the foreign key guarded nothing while it ran a referential check per band row: 20 per
-- article, a fifth of PostgreSQL's CPU per batched article (docs/benchmarks.md, ingest throughput, session 13).
ALTER TABLE article_band DROP CONSTRAINT article_band_article_id_fkey;
