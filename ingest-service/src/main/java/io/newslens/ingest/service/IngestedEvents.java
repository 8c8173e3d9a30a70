package io.newslens.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.ingest.model.Article;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code articles.ingested} payload of a stored article, the same for its first event and any republished one. */
@ApplicationScoped
public class IngestedEvents {

    private final ObjectMapper json;

    public IngestedEvents(ObjectMapper json) {
        this.json = json;
    }

    public String payload(Article a) {
        ArticleIngested event = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, a.id.toString(), a.title,
                a.source, a.url, a.publishedAt, a.language, a.text, a.receivedAt,
                a.duplicateOf == null ? null : a.duplicateOf.toString());
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ArticleIngested is not serialisable", e);
        }
    }
}
