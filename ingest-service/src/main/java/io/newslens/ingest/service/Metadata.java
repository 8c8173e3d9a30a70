package io.newslens.ingest.service;

import java.time.Instant;

/** What the text itself says about an article; each field null when the text does not say. */
public record Metadata(String title, String source, Instant publishedAt) {
}
