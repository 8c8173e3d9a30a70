package io.newslens.ingest.service;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes the elements of a page that are chrome by what they declare themselves to be: navigation, footers,
 * forms, hidden elements, photo captions and credits, and share/comment/related/newsletter/byline/date widgets
 * named so in their class or id (the list was tuned on the extraction benchmark, see docs/benchmarks.md).
 * Readability scores text density and sometimes keeps such blocks when they sit inside the article container. A
 * form or a named widget is removed only when it holds a small part of the page's text: themes put words like
 * "comments-open" on the element that wraps the whole article, and ASP.NET pages wrap the whole body in one form.
 */
final class PageChrome {

    static final String BY_ROLE = String.join(", ",
            "nav", "footer", "aside", "noscript", "template", "iframe", "button", "select", "figcaption",
            "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]", "[role=search]",
            "[hidden]", "[aria-hidden=true]", "[style~=(?i)display:\\s*none]");

    private static final String WIDGET = "(caption|credits?|copyright|share|sharing|social|related|newsletter|"
            + "subscribe|advert|ads?|promo|comments?|breadcrumbs?|byline|cookie|meta|author|published|updated|tags|"
            + "sidebar|widget|print|rating|disclaimer)";
    static final String BY_NAME = "body form, body [class~=(?i)(^|[-_ ])" + WIDGET + "([-_ ]|$)], "
            + "body [id~=(?i)(^|[-_])" + WIDGET + "([-_]|$)]";

    /** Names of the article's own containers, which themes combine with widget words ("entry-content no-share"). */
    private static final Pattern CONTENT = Pattern.compile("(?i)(content|article|entry|story|post-?body|main)");

    /** A named widget holding more than this share of the page's text is not a widget. */
    private static final double MAX_WIDGET_SHARE = 0.2;

    private PageChrome() {
    }

    static void remove(Document doc) {
        doc.select(BY_ROLE).remove();
        if (doc.body() == null) {
            return;
        }
        int pageChars = doc.body().text().length();
        for (Element e : doc.select(BY_NAME)) {
            if (e.parent() != null && !CONTENT.matcher(e.className()).find()
                    && e.text().length() <= MAX_WIDGET_SHARE * pageChars) {
                e.remove();
            }
        }
    }
}
