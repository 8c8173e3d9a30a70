package io.newslens.ingest.service;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;

/**
 * Markdown to plain text: commonmark-java renders it to HTML, whose text {@link BlockText} takes with paragraphs
 * kept. Through HTML because commonmark's own text renderer keeps link targets ({@code "coast" (https://...)})
 * and list markers in the text.
 */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).build();

    private MarkdownText() {
    }

    /** Blocking (CPU). */
    public static String of(String markdown) {
        return BlockText.of(Jsoup.parseBodyFragment(HTML.render(PARSER.parse(markdown))).body());
    }
}
