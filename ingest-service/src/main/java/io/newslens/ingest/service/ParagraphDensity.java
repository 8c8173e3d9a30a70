package io.newslens.ingest.service;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A second opinion on where the article is: the smallest element that holds most of the page's prose, prose being
 * paragraphs ({@code <p>}) of some length that are not mostly links. Readability weighs class names, commas and
 * sibling blocks and now and then settles on a disclaimer box or a teaser above the story; counting where the
 * paragraph text lies is blunter, and right in those cases (the idea of boilerpipe's and trafilatura's density
 * baselines).
 */
final class ParagraphDensity {

    /** Shorter paragraphs are captions, labels and buttons. */
    static final int MIN_PARAGRAPH_CHARS = 40;

    /** A paragraph with more link text than this share is a teaser. */
    static final double MAX_LINK_SHARE = 0.5;

    /** The container holds at least this share of the page's prose. */
    static final double MIN_SHARE = 0.6;

    private ParagraphDensity() {
    }

    /** The smallest element under {@code root} holding {@link #MIN_SHARE} of its prose; null when there is none. */
    static Element densest(Element root) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        int total = 0;
        for (Element p : root.select("p")) {
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH_CHARS || ArticleChrome.linkChars(p) > MAX_LINK_SHARE * text.length()) {
                continue;
            }
            total += text.length();
            for (Element e = p.parent(); e != null && e != root.parent(); e = e.parent()) {
                prose.merge(e, text.length(), Integer::sum);
            }
        }
        if (total == 0) {
            return null;
        }
        Element best = root;
        int need = (int) Math.ceil(MIN_SHARE * total);
        // Walk down from the root while one child still holds enough of the prose.
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (Element child : best.children()) {
                if (prose.getOrDefault(child, 0) >= need) {
                    best = child;
                    deeper = true;
                    break;
                }
            }
        }
        return best;
    }
}
