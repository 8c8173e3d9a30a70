-- The read model built from articles.enriched. Flyway runs this in the "query" schema.

CREATE TABLE article (
    id            text        PRIMARY KEY,
    title         text,
    source        text,
    url           text,
    published_at  timestamptz,
    language      text,
    text          text        NOT NULL,
    ingested_at   timestamptz,
    nlp_version   text        NOT NULL,
    -- Decides which of two enrichments of the same article wins: the later one.
    enriched_at   timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    -- Kept by PostgreSQL itself, so it can never drift from title and text. A title hit (A) ranks above
    -- a body hit (B). English stemming for now: the pipeline only enriches English text.
    search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
            || setweight(to_tsvector('english', text), 'B')) STORED
);

CREATE INDEX article_search_vector_idx ON article USING gin (search_vector);

-- One row per canonical entity id, shared by every article that mentions it.
CREATE TABLE entity (
    id   text PRIMARY KEY,
    name text NOT NULL,
    type text NOT NULL
);

-- A mention is identified by its span: the same entity cannot be mentioned twice at the same place,
-- so a redelivered event can never duplicate one. The key's leading article_id also serves as the
-- index for "mentions of this article".
CREATE TABLE mention (
    article_id   text    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_id    text    NOT NULL REFERENCES entity (id),
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    text         text    NOT NULL,
    PRIMARY KEY (article_id, entity_id, start_offset, end_offset),
    CHECK (start_offset >= 0 AND end_offset > start_offset)
);

CREATE INDEX mention_entity_id_idx ON mention (entity_id);
