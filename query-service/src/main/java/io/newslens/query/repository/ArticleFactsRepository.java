package io.newslens.query.repository;

import io.newslens.query.model.ArticleEntity;
import io.newslens.query.model.StoredKeyword;
import io.newslens.query.model.StoredQuote;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Reads the per-article facts beyond mentions (quotes, keywords, salience and tone per entity); the projection
 * writes them through {@link ArticleBatchWriter}.
 */
@ApplicationScoped
@WithSession
public class ArticleFactsRepository implements PanacheRepositoryBase<StoredQuote, StoredQuote.Key> {

    private static <T> Uni<List<T>> byArticle(Mutiny.Session session, Class<T> type, String articleId) {
        return session.createQuery("from " + type.getSimpleName() + " where articleId = :id", type)
                .setParameter("id", articleId).getResultList();
    }

    /** In reading order. */
    public Uni<List<StoredQuote>> quotesOf(String articleId) {
        return getSession().chain(session -> session
                .createQuery("from StoredQuote where articleId = :id order by startOffset, endOffset", StoredQuote.class)
                .setParameter("id", articleId).getResultList());
    }

    /** Best first. */
    public Uni<List<StoredKeyword>> keywordsOf(String articleId) {
        return getSession().chain(session -> session
                .createQuery("from StoredKeyword where articleId = :id order by score desc, phrase", StoredKeyword.class)
                .setParameter("id", articleId).getResultList());
    }

    public Uni<List<ArticleEntity>> entityFactsOf(String articleId) {
        return getSession().chain(session -> byArticle(session, ArticleEntity.class, articleId));
    }
}
