package io.newslens.ingest.service;

import io.newslens.contracts.api.ArticleSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An HTML page, uploaded or fetched for a feed item, as the submission to ingest: the article {@link HtmlExtractor}
 * finds, with each metadata field taken from the caller's explicit value, else the page's own, else the caller's
 * fallback (a feed item's title and date). Pure CPU work: run it off the event loop.
 */
@ApplicationScoped
public class HtmlPages {

    /** No fields: nothing explicit, or no fallback. */
    public static final ArticleSubmission NONE = new ArticleSubmission("-", null, null, null, null);

    /** The submission, and the page as stored raw input. */
    public record Page(ArticleSubmission submission, String raw) {
    }

    private final HtmlExtractor html;

    public HtmlPages(HtmlExtractor html) {
        this.html = html;
    }

    /** Blocking (CPU). Empty when the page holds no article text. */
    public Optional<Page> read(byte[] page, ArticleSubmission explicit, ArticleSubmission fallback) {
        ExtractedPage extracted = html.extract(page, first(explicit.url(), null, fallback.url()));
        if (extracted.text().isBlank()) {
            return Optional.empty();
        }
        PageMetadata m = extracted.metadata();
        ArticleSubmission submission = new ArticleSubmission(extracted.text(),
                first(explicit.title(), m.title(), fallback.title()),
                first(explicit.source(), m.siteName(), fallback.source()),
                first(explicit.url(), m.canonicalUrl(), fallback.url()),
                first(explicit.publishedAt(), m.publishedAt(), fallback.publishedAt()));
        // Pages declare their own charset, which the extractor honours; the raw copy only needs to stay readable.
        return Optional.of(new Page(submission, new String(page, StandardCharsets.UTF_8)));
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
