package io.newslens.query.rest;

/** The entity types nlp-service emits, as {@code GET /entities?type=} accepts them (any case). */
enum EntityTypeParam {
    PERSON, ORGANIZATION, LOCATION, MISC, NATIONALITY
}
