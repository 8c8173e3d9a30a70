-- What became of each article downstream, learnt from articles.enriched and articles.ingested.dlq, so that
-- GET /articles/{id}/status can answer ENRICHED or FAILED with the time (and reason) without asking other services.
ALTER TABLE article ADD COLUMN enriched_at timestamptz;
ALTER TABLE article ADD COLUMN failed_at timestamptz;
