package io.newslens.ingest.service;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of an HTML element with its paragraphs kept: block elements become blank-line breaks, {@code <br>} a line
 * break, and runs of whitespace one space. Hand-written because jsoup's {@code text()} puts a whole article on one
 * line and {@code wholeText()} keeps the source's indentation; the nlp-service splits sentences on line breaks.
 */
final class BlockText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
            "blockquote", "pre", "figure", "figcaption", "hr", "address", "details", "summary", "caption", "form",
            "fieldset", "center");
    /** Never text of the page, wherever they sit (Readability may hand back the whole document). */
    private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style", "noscript", "template",
            "svg", "object", "embed");

    private BlockText() {
    }

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && SKIPPED.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    appendCollapsed(out, t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        breakLine(out, "\n");
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        appendCollapsed(out, " ");
                    } else if (BLOCKS.contains(e.normalName())) {
                        breakLine(out, "\n\n");
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    breakLine(out, "\n\n");
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return out.toString().strip();
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                int last = out.length() - 1;
                if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    /** Ends the current line (dropping its trailing space) with at most {@code brk}. */
    private static void breakLine(StringBuilder out, String brk) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.isEmpty()) {
            return;
        }
        int newlines = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
            newlines++;
        }
        for (int i = newlines; i < brk.length(); i++) {
            out.append('\n');
        }
    }
}
