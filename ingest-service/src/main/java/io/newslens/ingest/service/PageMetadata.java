package io.newslens.ingest.service;

import java.time.Instant;

/**
 * What a web page's markup says about its article; each field null when the page does not say.
 *
 * @param canonicalUrl the page's own address ({@code <link rel=canonical>} or {@code og:url}), absolute http(s)
 * @param siteName     the outlet ({@code og:site_name}, or the JSON-LD publisher)
 */
public record PageMetadata(String title, String byline, Instant publishedAt, String canonicalUrl, String siteName) {

    public static final PageMetadata NONE = new PageMetadata(null, null, null, null, null);
}
