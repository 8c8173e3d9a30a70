package io.newslens.query.service;

import java.time.Instant;
import java.util.List;

/**
 * Which articles a search or a timeline covers; every part is optional (null or empty) and they combine with AND.
 *
 * @param text     what a person types into a search box (simple query string syntax), or null for no text
 * @param entities canonical entity ids the article must all mention
 * @param from     published at or after (inclusive)
 * @param to       published before (exclusive)
 * @param toneMin  document tone at least
 * @param toneMax  document tone at most
 */
public record ArticleQuery(String text, List<String> entities, String source, String language, Instant from,
        Instant to, Double toneMin, Double toneMax) {

    public ArticleQuery {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** The same filters with other entities to mention. */
    public ArticleQuery withEntities(List<String> ids) {
        return new ArticleQuery(text, ids, source, language, from, to, toneMin, toneMax);
    }

    public static ArticleQuery text(String text) {
        return new ArticleQuery(text, List.of(), null, null, null, null, null, null);
    }
}
