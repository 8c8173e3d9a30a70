package io.newslens.ingest.service;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes the short blocks inside an article container that are chrome by what they say: dates and bylines standing
 * alone, photo credits, "Read more" invitations, subscription and follow-us prompts, copyright and advertising
 * notices; and blocks that are mostly links (teaser lists, "more on this" boxes). Readability keeps them because they
 * sit inside the container it picked; {@link PageChrome} misses them because their markup names nothing. The
 * patterns are data, in {@link #RULES}; a block is removed only when its whole text matches one and it is short, so
 * no paragraph of story text that merely mentions a date goes.
 */
final class ArticleChrome {

    static final String RULES = "extraction/article-chrome.rules";

    /** Longer blocks are story text whatever they start with. */
    static final int MAX_CHARS = 400;

    /**
     * A block whose text is at least this share link text is a teaser list or a link box (as in jusText and
     * trafilatura); tuned on the extraction benchmark, 0.6 to 0.9 give the same result there.
     */
    static final double MIN_LINK_DENSITY = 0.75;

    /** Longer link-dense blocks are left to Readability, which already weighs link density for whole containers. */
    static final int MAX_LINK_BLOCK_CHARS = 1_000;

    /** Headlines often link to their own article's address. */
    private static final Pattern HEADING = Pattern.compile("h[1-6]");

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
        Element only = soleBlockChild(e);
        if (only != null) {
            // A wrapper has its child's text: judging the child alone is the same and halves the work on deep trees.
            pruneTree(only);
            return;
        }
        String text = e.text();
        if (text.length() <= MAX_CHARS && standsAlone(e)) {
            String t = text.replace('\u00A0', ' ').strip();
            if (!t.isEmpty() && isChrome(t)) {
                e.remove();
                return;
            }
        }
        if (e.isBlock() && !HEADING.matcher(e.normalName()).matches() && !text.isEmpty()
                && text.length() <= MAX_LINK_BLOCK_CHARS && linkDense(e, text.length())) {
            e.remove();
            return;
        }
        for (Element child : e.children()) {
            pruneTree(child);
        }
    }

    /** The only child of {@code e} when that child is a block and {@code e} has no text of its own, else null. */
    private static Element soleBlockChild(Element e) {
        if (e.childrenSize() != 1 || !e.child(0).isBlock()) {
            return null;
        }
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return null;
            }
        }
        return e.child(0);
    }

    /** Mostly link text: a list of teasers or a "more on this" box, not prose. */
    private static boolean linkDense(Element e, int chars) {
        return linkChars(e) >= MIN_LINK_DENSITY * chars;
    }

    /** How many characters of the text of {@code e} are link text. */
    static int linkChars(Element e) {
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return links;
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
