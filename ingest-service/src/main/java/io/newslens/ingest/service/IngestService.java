package io.newslens.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.Topics;
import io.newslens.contracts.api.ArticleStatus;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.ingest.model.Article;
import io.newslens.ingest.model.OutboxEvent;
import io.newslens.ingest.repository.ArticleRepository;
import io.newslens.ingest.repository.OutboxRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Accepts articles: the article row and its outbox event are committed together, or neither is. */
@ApplicationScoped
public class IngestService {

    private final ArticleRepository articles;
    private final OutboxRepository outbox;
    private final ObjectMapper json;

    public IngestService(ArticleRepository articles, OutboxRepository outbox, ObjectMapper json) {
        this.articles = articles;
        this.outbox = outbox;
        this.json = json;
    }

    @WithTransaction
    public Uni<Article> ingest(ArticleSubmission submission) {
        Article article = toArticle(submission);
        OutboxEvent event = new OutboxEvent();
        event.articleId = article.id;
        event.topic = Topics.ARTICLES_INGESTED;
        event.recordKey = article.id.toString();
        event.payload = serialize(toEvent(article));
        event.createdAt = article.receivedAt;
        return articles.persist(article).call(() -> outbox.persist(event)).replaceWith(article);
    }

    @WithSession
    public Uni<Article> find(String id) {
        UUID uuid = parseId(id);
        return articles.findById(uuid).onItem().ifNull().failWith(() -> new ArticleNotFound(id));
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ArticleNotFound(id);
        }
    }

    private static Article toArticle(ArticleSubmission s) {
        Article a = new Article();
        a.id = UUID.randomUUID();
        a.text = TextNormalizer.normalize(s.text());
        a.title = TextNormalizer.field(s.title());
        a.source = TextNormalizer.field(s.source());
        a.url = TextNormalizer.field(s.url());
        a.publishedAt = s.publishedAt();
        a.status = ArticleStatus.RECEIVED;
        // PostgreSQL keeps microseconds: truncate so the stored and the published instant are the same.
        a.receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return a;
    }

    private static ArticleIngested toEvent(Article a) {
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, a.id.toString(), a.title, a.source, a.url,
                a.publishedAt, a.language, a.text, a.receivedAt);
    }

    private String serialize(ArticleIngested event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ArticleIngested is not serialisable", e);
        }
    }
}
