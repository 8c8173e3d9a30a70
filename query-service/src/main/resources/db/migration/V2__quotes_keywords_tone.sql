-- Quotes, keywords, tone, salience and aliases from ArticleEnriched. Flyway runs this in the "query" schema.
-- Per-article facts cascade with their article; a newer enrichment replaces them in the projection's transaction.

-- Document tone, -1 (hostile) .. 1 (favourable); null for enrichments that carried none.
ALTER TABLE article ADD COLUMN tone double precision;

-- What one article says about one of its entities: its salience there and the tone of the sentences that
-- mention it. One row per (article, entity): the base of article counts, co-mentions and average tone.
CREATE TABLE article_entity (
    article_id     text             NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_id      text             NOT NULL REFERENCES entity (id),
    salience       double precision NOT NULL,
    tone           double precision,
    tone_sentences integer          NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, entity_id)
);

-- "Which articles mention this entity" (profile, co-mentions) starts from the entity.
CREATE INDEX article_entity_entity_id_idx ON article_entity (entity_id, article_id);

-- Every surface form an entity was ever written as, accumulated across articles (never removed: an alias
-- seen once stays a valid way to find the entity).
CREATE TABLE entity_alias (
    entity_id text NOT NULL REFERENCES entity (id),
    alias     text NOT NULL,
    PRIMARY KEY (entity_id, alias)
);

-- Autocomplete is a prefix match on lower(name) / lower(alias): LIKE 'pomp%'. A btree with text_pattern_ops
-- compares strings character by character (not by the database collation), which is what lets PostgreSQL
-- turn the LIKE prefix into an index range scan (lower(x) ~>=~ 'pomp' AND lower(x) ~<~ 'pomq'). Chosen over
-- pg_trgm because it needs no extension (so no superuser at migration time) and prefix is all we need;
-- infix/fuzzy matching would be pg_trgm's gin_trgm_ops.
CREATE INDEX entity_name_prefix_idx ON entity (lower(name) text_pattern_ops);
CREATE INDEX entity_alias_prefix_idx ON entity_alias (lower(alias) text_pattern_ops);

-- A direct quotation: text.substring(start_offset, end_offset) of the article. The span is its identity.
-- speaker_id is not a foreign key: the speaker is named by the event, and a quote must never be lost because
-- its speaker is not (yet) an entity row. entity_ids are the entities mentioned inside the quote.
CREATE TABLE quote (
    article_id   text    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    text         text    NOT NULL,
    speaker_id   text,
    speaker_name text,
    cue          text,
    entity_ids   text[]  NOT NULL DEFAULT '{}',
    PRIMARY KEY (article_id, start_offset, end_offset),
    CHECK (start_offset >= 0 AND end_offset > start_offset)
);

-- Quotes by someone; quotes about someone (entity_ids @> ARRAY[id] uses the GIN index).
CREATE INDEX quote_speaker_id_idx ON quote (speaker_id) WHERE speaker_id IS NOT NULL;
CREATE INDEX quote_entity_ids_idx ON quote USING gin (entity_ids);

-- Key phrases per article, score 0..1 (the article's best has 1).
CREATE TABLE keyword (
    article_id  text             NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    phrase      text             NOT NULL,
    score       double precision NOT NULL,
    occurrences integer          NOT NULL,
    PRIMARY KEY (article_id, phrase)
);
