-- How many times each article mentions each of its entities, so that an entity profile's mentions per day come
-- from article_entity joined to article (one row per article, the join the profile's counts already make) instead
-- of one row per mention.
ALTER TABLE article_entity ADD COLUMN mentions integer NOT NULL DEFAULT 0;
UPDATE article_entity ae SET mentions = m.n
FROM (SELECT article_id, entity_id, count(*) AS n FROM mention GROUP BY article_id, entity_id) m
WHERE m.article_id = ae.article_id AND m.entity_id = ae.entity_id;
