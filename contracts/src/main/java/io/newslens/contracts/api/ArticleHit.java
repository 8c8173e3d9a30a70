package io.newslens.contracts.api;

import java.time.Instant;
import java.util.List;

/**
 * One search hit. {@code snippet} is HTML: matched words in {@code <b>…</b>}, everything else escaped.
 *
 * @param tone     document tone, -1..1; null when the enrichment had none
 * @param score    relevance; null when the hits are sorted by date
 * @param entities the article's most salient entities, most salient first (at most five)
 */
public record ArticleHit(String id, String title, String source, Instant publishedAt, Double tone, String snippet,
        Double score, List<EntityRef> entities) {

    /** An entity of the hit: canonical id, name and type. */
    public record EntityRef(String id, String name, String type) {
    }
}
