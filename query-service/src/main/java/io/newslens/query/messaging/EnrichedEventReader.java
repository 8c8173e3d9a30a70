package io.newslens.query.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Keyword;
import io.newslens.contracts.event.Mention;
import io.newslens.contracts.event.Quote;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a record value into an {@link ArticleEnriched} the read model can store, or says why not. It checks
 * what the projection relies on: the required fields, and mentions that really point into the text.
 */
@ApplicationScoped
public class EnrichedEventReader {

    private final ObjectMapper json;

    public EnrichedEventReader(ObjectMapper json) {
        this.json = json;
    }

    public ArticleEnriched read(String value) throws InvalidEvent {
        if (value == null) {
            throw new InvalidEvent("empty record (tombstone)");
        }
        ArticleEnriched event;
        try {
            event = json.readValue(value, ArticleEnriched.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEvent("not an ArticleEnriched JSON document: " + e.getOriginalMessage(), e);
        }
        check(event);
        return event;
    }

    private static void check(ArticleEnriched e) throws InvalidEvent {
        if (e.schemaVersion() != ArticleEnriched.SCHEMA_VERSION) {
            throw new InvalidEvent("unsupported schemaVersion " + e.schemaVersion());
        }
        require(!blank(e.articleId()), "articleId is missing");
        require(e.text() != null, "text is missing");
        require(!blank(e.nlpVersion()), "nlpVersion is missing");
        require(e.enrichedAt() != null, "enrichedAt is missing");
        require(e.entities() != null, "entities is missing");
        for (Entity entity : e.entities()) {
            require(entity != null && !blank(entity.id()) && !blank(entity.name()) && !blank(entity.type()),
                    "an entity lacks its id, name or type");
            require(entity.mentions() != null, "entity " + entity.id() + " has no mentions list");
            for (Mention m : entity.mentions()) {
                require(m != null && m.text() != null && m.start() >= 0 && m.start() < m.end()
                                && m.end() <= e.text().length(),
                        "entity " + entity.id() + " has a mention outside the text");
            }
        }
        checkFacts(e);
    }

    /** Quotes and keywords may be absent (older producers); when present they must be usable. */
    private static void checkFacts(ArticleEnriched e) throws InvalidEvent {
        if (e.quotes() != null) {
            for (Quote q : e.quotes()) {
                require(q != null && q.text() != null && q.start() >= 0 && q.start() < q.end()
                        && q.end() <= e.text().length(), "a quote lies outside the text");
                require(q.speaker() == null || !blank(q.speaker().id()), "a quote's speaker has no id");
            }
        }
        if (e.keywords() != null) {
            for (Keyword k : e.keywords()) {
                require(k != null && !blank(k.phrase()), "a keyword has no phrase");
            }
        }
    }

    private static void require(boolean condition, String problem) throws InvalidEvent {
        if (!condition) {
            throw new InvalidEvent(problem);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
