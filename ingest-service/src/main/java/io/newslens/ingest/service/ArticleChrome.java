package io.newslens.ingest.service;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes the short blocks inside an article container that are chrome by what they say: dates and bylines standing
 * alone, photo credits, "Read more" invitations, subscription and follow-us prompts, copyright and advertising
 * notices. Readability keeps them because they sit inside the container it picked; {@link PageChrome} misses them
 * because their markup names nothing. The patterns are data, in {@link #RULES}; a block is removed only when its
 * whole text matches one and it is short, so no paragraph of story text that merely mentions a date goes.
 */
final class ArticleChrome {

    static final String RULES = "extraction/article-chrome.rules";

    /** Longer blocks are story text whatever they start with. */
    static final int MAX_CHARS = 400;

    private final List<Pattern> patterns;

    ArticleChrome() {
        this(BoilerplateRules.load(RULES).lines());
    }

    ArticleChrome(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** Removes, outermost first, every element under {@code root} (not {@code root} itself) that is chrome. */
    void prune(Element root) {
        for (Element child : root.children()) {
            pruneTree(child);
        }
    }

    private void pruneTree(Element e) {
        String text = e.text();
        if (text.length() <= MAX_CHARS && standsAlone(e)) {
            String t = text.replace('\u00A0', ' ').strip();
            if (!t.isEmpty() && isChrome(t)) {
                e.remove();
                return;
            }
        }
        for (Element child : e.children()) {
            pruneTree(child);
        }
    }

    /**
     * A block, or an inline element with no text of its own beside it: a link or a span inside a sentence
     * ("... published in the journal <a>Science</a>") is part of that sentence whatever it says.
     */
    private static boolean standsAlone(Element e) {
        if (e.isBlock()) {
            return true;
        }
        for (Node sibling : e.siblingNodes()) {
            if (sibling instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    boolean isChrome(String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }
}
