package io.newslens.contracts.api;

import java.time.Instant;
import java.util.List;

/**
 * One search hit. {@code snippet} is HTML: matched words in {@code <b>…</b>}, everything else escaped.
 *
 * @param tone      document tone, -1..1; null when the enrichment had none
 * @param score     relevance; null when the hits are sorted by date
 * @param entities  the article's most salient entities, most salient first (at most five)
 * @param storyId   the story the article belongs to: the id of the story's first article (its own id when no earlier
 *                  article near-duplicates it)
 * @param folded    other articles of the same story that match too and were folded into this hit; 0 when search does
 *                  not fold
 * @param foldedIds ids of those articles, newest first, at most {@link #MAX_FOLDED_IDS}
 */
public record ArticleHit(String id, String title, String source, Instant publishedAt, Double tone, String snippet,
        Double score, List<EntityRef> entities, String storyId, long folded, List<String> foldedIds) {

    /** Folded article ids a hit lists; {@code folded} still counts them all. */
    public static final int MAX_FOLDED_IDS = 10;

    /** An entity of the hit: canonical id, name and type. */
    public record EntityRef(String id, String name, String type) {
    }
}
