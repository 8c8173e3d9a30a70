package io.newslens.nlp.service;

import java.util.Map;
import java.util.Optional;

/** The entity types newslens keeps, and which CoreNLP NER classes fall into each. */
final class EntityTypes {

    private static final Map<String, String> BY_NER_CLASS = Map.of(
            "PERSON", "PERSON",
            "ORGANIZATION", "ORGANIZATION",
            "LOCATION", "LOCATION",
            // Fine-grained NER splits places; readers ask "where", not "which kind of place".
            "COUNTRY", "LOCATION",
            "CITY", "LOCATION",
            "STATE_OR_PROVINCE", "LOCATION",
            "MISC", "MISC",
            "NATIONALITY", "NATIONALITY");

    private EntityTypes() {
    }

    /** The newslens type of a CoreNLP NER class; empty for values and the like (DATE, NUMBER, MONEY, TITLE, ...). */
    static Optional<String> of(String nerClass) {
        return Optional.ofNullable(nerClass).map(BY_NER_CLASS::get);
    }
}
