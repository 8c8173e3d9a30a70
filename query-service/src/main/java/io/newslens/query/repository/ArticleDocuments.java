package io.newslens.query.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.api.ArticleHit.EntityRef;
import io.newslens.query.service.ArticleDocument;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Search documents rebuilt from the read model, a page at a time in id order, for a reindex. Through the reactive
 * pool rather than Hibernate: one statement per page (entities and quotes aggregated as JSON), callable from the
 * reindex's worker thread, which has no Vert.x context for a Hibernate session.
 */
@ApplicationScoped
public class ArticleDocuments {

    private static final String PAGE = """
            SELECT a.id, a.title, a.text, a.source, a.language, a.published_at, a.enriched_at, a.tone, a.nlp_version,
                   a.story_id,
                   COALESCE((SELECT json_agg(json_build_object('id', e.id, 'name', e.name, 'type', e.type)
                                             ORDER BY COALESCE(ae.salience, 0) DESC, e.id)
                             FROM (SELECT DISTINCT m.entity_id FROM query.mention m WHERE m.article_id = a.id) m
                             JOIN query.entity e ON e.id = m.entity_id
                             LEFT JOIN query.article_entity ae ON ae.article_id = a.id AND ae.entity_id = e.id),
                            '[]')::text AS entities,
                   COALESCE((SELECT json_agg(q.text ORDER BY q.start_offset) FROM query.quote q
                             WHERE q.article_id = a.id), '[]')::text AS quotes
            FROM query.article a
            WHERE a.id > $1 AND a.updated_at >= $2
            ORDER BY a.id
            LIMIT $3
            """;

    private final Pool pool;
    private final ObjectMapper json;

    public ArticleDocuments(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** Up to {@code limit} documents of articles with an id after {@code afterId} updated at or after {@code since}. */
    public Uni<List<ArticleDocument>> page(String afterId, Instant since, int limit) {
        return pool.preparedQuery(PAGE).execute(Tuple.of(afterId, since.atOffset(java.time.ZoneOffset.UTC), limit))
                .map(rows -> {
                    List<ArticleDocument> docs = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        docs.add(document(row));
                    }
                    return docs;
                });
    }

    private ArticleDocument document(Row row) {
        try {
            List<EntityRef> entities = json.readValue(row.getString("entities"), new TypeReference<>() { });
            List<String> quotes = json.readValue(row.getString("quotes"), new TypeReference<>() { });
            return new ArticleDocument(row.getString("id"), row.getString("title"), row.getString("text"), quotes,
                    row.getString("source"), row.getString("language"), instant(row.getOffsetDateTime("published_at")),
                    instant(row.getOffsetDateTime("enriched_at")), row.getDouble("tone"),
                    entities.stream().map(EntityRef::id).toList(), entities, row.getString("story_id"),
                    row.getString("nlp_version"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable entities or quotes of article " + row.getString("id"), e);
        }
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
