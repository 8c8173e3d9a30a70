package io.newslens.query.repository;

import io.newslens.query.model.Article;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
@WithSession
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    /**
     * The stored article, its row locked until the transaction ends: two writers of the same article
     * (possible for a moment during a consumer rebalance) then apply one after the other, never interleaved.
     */
    public Uni<Article> findForUpdate(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
