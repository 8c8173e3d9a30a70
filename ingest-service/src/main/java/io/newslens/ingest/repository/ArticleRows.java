package io.newslens.ingest.repository;

import io.newslens.ingest.model.Article;
import io.vertx.mutiny.sqlclient.Row;
import java.time.OffsetDateTime;

/** Reads stored articles from result rows of the reactive SQL client. */
public final class ArticleRows {

    private ArticleRows() {
    }

    /**
     * The fields of an {@code articles.ingested} event: id, title, source, url, published_at, language, text,
     * received_at and duplicate_of, under those column names.
     */
    public static Article forEvent(Row row) {
        Article a = new Article();
        a.id = row.getUUID("id");
        a.title = row.getString("title");
        a.source = row.getString("source");
        a.url = row.getString("url");
        OffsetDateTime published = row.getOffsetDateTime("published_at");
        a.publishedAt = published == null ? null : published.toInstant();
        a.language = row.getString("language");
        a.text = row.getString("text");
        a.receivedAt = row.getOffsetDateTime("received_at").toInstant();
        a.duplicateOf = row.getUUID("duplicate_of");
        return a;
    }
}
