-- What a quotation is about (ArticleEnriched Quote.aboutIds, since nlpVersion newslens-6): the entities it names
-- plus those its sentence names before the opening mark. GET /quotes?about= and the profile's "quotes about"
-- filter on it. Quotes stored from older events are about what they name.
ALTER TABLE query.quote ADD COLUMN about_ids text[] NOT NULL DEFAULT '{}';
UPDATE query.quote SET about_ids = entity_ids;
CREATE INDEX quote_about_ids_idx ON query.quote USING gin (about_ids);
-- Nothing filters on entity_ids any more (it is only returned), so its index would only slow writes.
DROP INDEX query.quote_entity_ids_idx;
