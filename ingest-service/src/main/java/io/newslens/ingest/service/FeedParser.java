package io.newslens.ingest.service;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.xml.sax.InputSource;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with ROME, which also decodes the XML by its declared encoding and
 * refuses DOCTYPEs (no external entities). Pure CPU work: run it off the event loop.
 */
@ApplicationScoped
public class FeedParser {

    /**
     * One item of a feed.
     *
     * @param key  what identifies the item across polls: its guid / Atom id, else its link
     * @param link the item's page, absolute
     */
    public record FeedEntry(String key, String link, String title, Instant publishedAt) {
    }

    /** Blocking (CPU). The feed's items that have a link, oldest first; {@link MalformedFeed} if it is no feed. */
    public List<FeedEntry> parse(byte[] xml, String feedUrl) {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(xml)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new MalformedFeed(e.getMessage());
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = absolute(feedUrl, e.getLink());
            if (link == null) {
                continue;
            }
            String key = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip() : link;
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String title = e.getTitle() == null || e.getTitle().isBlank() ? null : e.getTitle().strip();
            entries.add(new FeedEntry(key, link, title, date == null ? null : date.toInstant()));
        }
        // Feeds list newest first; ingesting oldest first keeps the articles' arrival order natural.
        Collections.reverse(entries);
        return entries;
    }

    private static String absolute(String feedUrl, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return URI.create(feedUrl).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Not RSS or Atom, or not well-formed XML. */
    public static class MalformedFeed extends RuntimeException {
        public MalformedFeed(String reason) {
            super("malformed feed: " + reason);
        }
    }
}
