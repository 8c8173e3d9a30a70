-- Rollups of article_entity for entity profiles and the graph, kept by the projection in the same transaction as the
-- facts they sum (repository/EntityRollups). Before them, the profile and the graph of an entity in a third of
-- 100,000 articles aggregated its ~29,500 article_entity rows (and their self-join, ~420,000 pairs) on every request:
-- 0.6-0.8 s (docs/benchmarks.md, "read model at 100,000 articles"). No foreign keys: entity rows are upserted first
-- in the same transaction, and a key check per rollup row would only slow the projection.
-- Each article counts on the UTC day of its date (published, else enriched), as the profile's mentions per day do.

-- Per entity and day: what STATS and MENTIONS_PER_DAY sum. tone_sum is sum(tone * tone_sentences) over the facts
-- with a tone, tone_sentences the sentences those tones average; numeric, so that subtracting a replaced article's
-- contribution cancels it exactly whatever the order of additions. first_at/last_at are the earliest and latest
-- article dates within the day; when a replaced article leaves a day that other articles keep, they are not
-- narrowed again (they stay within the day: an accepted approximation, see docs/architecture.md).
CREATE TABLE query.entity_day (
    entity_id      text        NOT NULL,
    day            date        NOT NULL,
    articles       integer     NOT NULL,
    mentions       bigint      NOT NULL,
    tone_sum       numeric     NOT NULL,
    tone_sentences bigint      NOT NULL,
    first_at       timestamptz NOT NULL,
    last_at        timestamptz NOT NULL,
    PRIMARY KEY (entity_id, day)
) WITH (fillfactor = 80);

-- Articles mentioning both entities of an unordered pair, a < b (the database's text order, the same comparison
-- the graph's edges use). The key serves lookups by a, entity_pair_b_idx those by b. No index on articles, so an
-- increment is a HOT update where the page has room (hence the fillfactor).
CREATE TABLE query.entity_pair (
    a        text    NOT NULL,
    b        text    NOT NULL,
    articles integer NOT NULL,
    PRIMARY KEY (a, b),
    CHECK (a < b)
) WITH (fillfactor = 80);
CREATE INDEX entity_pair_b_idx ON query.entity_pair (b);

-- Articles per entity: graph node weights, the top of the graph, autocomplete's ranking.
CREATE TABLE query.entity_total (
    entity_id text    PRIMARY KEY,
    articles  integer NOT NULL
) WITH (fillfactor = 80);

-- Backfill from the facts already stored (the same sums the projection maintains).
INSERT INTO query.entity_day (entity_id, day, articles, mentions, tone_sum, tone_sentences, first_at, last_at)
SELECT ae.entity_id, (coalesce(a.published_at, a.enriched_at) AT TIME ZONE 'UTC')::date AS day,
       count(*), sum(ae.mentions),
       coalesce(sum((ae.tone * ae.tone_sentences)::numeric) FILTER (WHERE ae.tone IS NOT NULL), 0),
       coalesce(sum(ae.tone_sentences) FILTER (WHERE ae.tone IS NOT NULL), 0),
       min(coalesce(a.published_at, a.enriched_at)), max(coalesce(a.published_at, a.enriched_at))
FROM query.article_entity ae JOIN query.article a ON a.id = ae.article_id
GROUP BY 1, 2;

INSERT INTO query.entity_pair (a, b, articles)
SELECT x.entity_id, y.entity_id, count(*)
FROM query.article_entity x JOIN query.article_entity y ON y.article_id = x.article_id AND y.entity_id > x.entity_id
GROUP BY 1, 2;

INSERT INTO query.entity_total (entity_id, articles)
SELECT entity_id, count(*) FROM query.article_entity GROUP BY entity_id;
