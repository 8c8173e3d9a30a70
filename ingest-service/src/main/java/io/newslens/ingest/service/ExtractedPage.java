package io.newslens.ingest.service;

/** The article found in a web page: its body as plain text (paragraphs separated by blank lines) and metadata. */
public record ExtractedPage(String text, PageMetadata metadata) {
}
