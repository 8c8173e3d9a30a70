-- Co-mentions are counted by OpenSearch at query time (repository/EntityAggregations: terms aggregations on the
-- indexed articles' entityIds), no longer kept by the projection as a pair rollup. Upserting one row per pair of
-- entities of every article (116 per real article after a batch summed its repeats) was half of PostgreSQL's time in
-- the projection, which held it under 1,000 events/s (docs/benchmarks.md, projection throughput, sessions 11-12).
-- The entity numbers existed only as the pair rollup's keys (V10).
DROP TABLE query.entity_pair;
ALTER TABLE query.entity DROP COLUMN num;
