package io.newslens.ingest.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, byline, publish date, canonical URL and outlet from a page's markup, in the order of trust publishers
 * give them: JSON-LD {@code NewsArticle} (and its kin), then Open Graph / {@code article:*} meta tags, then plain
 * {@code <meta name=author|date>}, {@code <time datetime>} and {@code <title>}. Read it before the extractor
 * rewrites the document. Hand-written over jsoup and Jackson: the Java metadata libraries we looked at
 * (e.g. Readability4J's own MetadataParser) read neither JSON-LD nor {@code article:published_time}.
 */
public final class PageMetadataReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "webpage",
            "liveblogposting", "scholarlyarticle", "techarticle", "report");
    private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s/$.?#][^\\s]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private PageMetadataReader() {
    }

    public static PageMetadata read(Document doc) {
        JsonNode ld = jsonLdArticle(doc);
        String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title());
        String byline = first(author(ld), meta(doc, "article:author"), meta(doc, "author"), meta(doc, "byl"),
                meta(doc, "dc.creator"));
        Instant published = firstDate(text(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "og:published_time"), meta(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"),
                meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "sailthru.date"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String canonical = firstUrl(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"),
                text(ld, "url"));
        String site = first(meta(doc, "og:site_name"), ld == null ? null : text(ld.get("publisher"), "name"));
        return new PageMetadata(clip(title, 1_000), clip(byline, 200), published, canonical,
                clip(site, 200));
    }

    /** The first JSON-LD object whose {@code @type} is an article, looking inside arrays and {@code @graph}. */
    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                List<JsonNode> nodes = new ArrayList<>();
                flatten(JSON.readTree(script.data()), nodes);
                for (JsonNode node : nodes) {
                    if (isArticle(node.get("@type"))) {
                        return node;
                    }
                }
            } catch (Exception e) {
                // Broken JSON-LD is common in the wild; the meta tags still count.
            }
        }
        return null;
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static String author(JsonNode ld) {
        JsonNode author = ld == null ? null : ld.get("author");
        if (author == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : text(a, "name");
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value != null && value.isValueNode() ? value.asText() : null;
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]");
        return attr(e, "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String first(String... values) {
        for (String v : values) {
            String field = TextNormalizer.field(v);
            if (field != null) {
                return field.replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    private static String firstUrl(String... values) {
        for (String v : values) {
            if (v != null && v.strip().length() <= 2_048 && HTTP_URL.matcher(v.strip()).matches()) {
                return v.strip();
            }
        }
        return null;
    }

    private static Instant firstDate(String... values) {
        for (String v : values) {
            Instant instant = v == null ? null : parseDate(v.strip());
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    /** ISO-8601 as pages write it: with or without offset, {@code +0200} offsets, or a bare date (taken as UTC). */
    static Instant parseDate(String value) {
        String v = COMPACT_OFFSET.matcher(value.replace(' ', 'T')).replaceFirst("$1:$2");
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // try the next shape
        }
        try {
            return java.time.LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next shape
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
