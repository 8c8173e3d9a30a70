-- An entity profile counts, dates and buckets every article that mentions the entity: article_entity rows for the
-- entity joined to article for the article's date. For a frequent entity (a third of 100,000 articles, see
-- docs/benchmarks.md, "query-service: read model at 100,000 articles") that join read the whole article heap (wide
-- rows: title, url, text) with a sequential scan. This narrow index covers the join and the date columns, so it is an
-- index-only scan of a few MB instead.
CREATE INDEX article_dates_idx ON article (id) INCLUDE (published_at, enriched_at);
