package io.newslens.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a web page: Mozilla's Readability algorithm (Readability4J over jsoup) picks the body and
 * drops navigation, ads and comments; {@link PageMetadataReader} reads title, byline, date and canonical URL from
 * the markup first, because Readability rewrites the document. Before Readability, {@link PageChrome} removes
 * elements that are chrome by their role (menus, footers, share and comment widgets, hidden elements), which
 * Readability sometimes keeps. After it, {@link ArticleChrome} drops short blocks that are chrome by what they say
 * (dates, bylines, credits, "read more" and subscription prompts) or that are mostly links. When Readability finds
 * little or nothing, the text of the chrome-free body is taken instead, so a short page is never lost; when the
 * element holding most of the page's paragraphs ({@link ParagraphDensity}) has much more text than Readability's
 * pick, Readability settled on a side box and that element is taken. Pure CPU work: run it on the
 * {@link PreparationPool}.
 */
@ApplicationScoped
public class HtmlExtractor {

    /** Which steps run; the benchmark measures each combination, the service uses {@link #BEST}. */
    public record Variant(String name, boolean removeChrome, boolean fallback, boolean pruneBlocks,
            boolean densityCheck) {
    }

    public static final Variant READABILITY_ONLY = new Variant("Readability4J", false, false, false, false);
    public static final Variant WITH_FALLBACK = new Variant("Readability4J + fallback", false, true, false, false);
    public static final Variant WITH_CHROME_REMOVAL = new Variant("chrome removal + Readability4J", true, false, false,
            false);
    public static final Variant CHROME_AND_FALLBACK = new Variant("chrome removal + Readability4J + fallback", true,
            true, false, false);
    public static final Variant WITH_BLOCK_PRUNING = new Variant("the same + block pruning", true, true, true, false);
    public static final Variant BEST = new Variant("the same + paragraph density check", true, true, true, true);

    /** Readability output shorter than this is not trusted: it found a teaser or a caption, not the article. */
    private static final int MIN_CHARS = 100;

    /**
     * When the element holding most of the page's paragraphs has this many times Readability's text, Readability
     * picked a side box or a teaser and the dense element is taken instead (chosen on the extraction benchmark,
     * where 1.25 to 3 all score within 0.006 F).
     */
    private static final double DENSE_OVER_READABILITY = 1.5;

    private final Variant variant;
    private final ArticleChrome blocks = new ArticleChrome();

    public HtmlExtractor() {
        this(BEST);
    }

    public HtmlExtractor(Variant variant) {
        this.variant = variant;
    }

    /**
     * Blocking (CPU). Decodes {@code html} by its BOM or {@code <meta charset>}, else as UTF-8.
     *
     * @param baseUri the page's address when known (resolves relative links), else ""
     */
    public ExtractedPage extract(byte[] html, String baseUri) {
        try {
            return extract(Jsoup.parse(new ByteArrayInputStream(html), null, baseUri == null ? "" : baseUri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blocking (CPU). Modifies {@code doc}. */
    public ExtractedPage extract(Document doc) {
        PageMetadata metadata = PageMetadataReader.read(doc);
        if (variant.removeChrome()) {
            PageChrome.remove(doc);
        }
        // Readability rewrites the document: the chrome-free body is kept aside for the fallback and the density check.
        Element body = (variant.fallback() || variant.densityCheck()) && doc.body() != null ? doc.body().clone() : null;
        String text = readability(doc);
        if (body == null) {
            return new ExtractedPage(text, metadata);
        }
        if (variant.fallback() && text.length() < MIN_CHARS) {
            String whole = text(body);
            text = whole.length() > text.length() ? whole : text;
        } else if (variant.densityCheck()) {
            Element dense = ParagraphDensity.densest(body);
            // Pruning costs about as much as parsing: only for an element that stands a chance before it.
            if (dense != null && BlockText.of(dense).length() >= DENSE_OVER_READABILITY * text.length()) {
                String denseText = text(dense);
                text = denseText.length() >= DENSE_OVER_READABILITY * text.length() ? denseText : text;
            }
        }
        return new ExtractedPage(text, metadata);
    }

    private String readability(Document doc) {
        Article article;
        try {
            article = new Readability4J(doc.location(), doc).parse();
        } catch (RuntimeException e) {
            // Readability4J throws on some malformed trees ("topCandidate.parent() must not be null").
            return "";
        }
        Element content = article.getArticleContent();
        return content == null ? "" : text(content);
    }

    private String text(Element content) {
        if (variant.pruneBlocks()) {
            blocks.prune(content);
        }
        return BlockText.of(content);
    }
}
