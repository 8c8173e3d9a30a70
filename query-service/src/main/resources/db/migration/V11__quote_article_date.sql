-- Each quotation carries its article's date (published, else enriched, as the profile dates articles), so that the
-- newest quotes by or about an entity are cut to a page from the quote rows the index scan reads anyway, instead of
-- a probe of article_dates_idx per matching quote: for an entity in 30% of 100,000 articles that was 5,350 probes
-- and half of the statement's 25 ms (QuoteQueries.FIND_BY_ENTITY; docs/benchmarks.md, session 11). The copy cannot
-- go stale: an article whose enrichment is replaced gets all its quotes written anew with its new date.
ALTER TABLE query.quote ADD COLUMN article_at timestamptz;
UPDATE query.quote q SET article_at = coalesce(a.published_at, a.enriched_at) FROM query.article a WHERE a.id = q.article_id;
ALTER TABLE query.quote ALTER COLUMN article_at SET NOT NULL;
