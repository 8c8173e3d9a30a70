package io.newslens.contracts.api;

import java.time.Instant;

/** One search hit. {@code snippet} marks matched words with {@code <b>…</b>}. */
public record ArticleHit(String id, String title, String source, Instant publishedAt, String snippet, double score) {
}
