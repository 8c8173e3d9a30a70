package io.newslens.query.repository;

import io.newslens.query.model.ArticleEntity;
import io.newslens.query.model.EntityAlias;
import io.newslens.query.model.StoredKeyword;
import io.newslens.query.model.StoredQuote;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The per-article facts beyond mentions (quotes, keywords, salience and tone per entity) and the aliases
 * entities accumulate across articles.
 */
@ApplicationScoped
@WithSession
public class ArticleFactsRepository implements PanacheRepositoryBase<StoredQuote, StoredQuote.Key> {

    /**
     * The article's quotes, keywords and entity facts become exactly the given ones. Only called for an
     * enrichment newer than the stored one (a redelivery writes nothing), so rewriting the few rows is
     * simpler than a diff. The flush between removing and persisting matters: Hibernate otherwise runs the
     * inserts before the deletes and a kept key would collide with itself.
     */
    public Uni<Void> replaceForArticle(String articleId, List<ArticleEntity> entityFacts, List<StoredQuote> quotes,
            List<StoredKeyword> keywords) {
        return getSession().chain(session -> storedFacts(session, articleId)
                .chain(stored -> session.removeAll(stored.toArray()))
                .chain(session::flush)
                .chain(() -> {
                    List<Object> wanted = new ArrayList<>(entityFacts);
                    wanted.addAll(quotes);
                    wanted.addAll(keywords);
                    return session.persistAll(wanted.toArray());
                }));
    }

    private static Uni<List<Object>> storedFacts(Mutiny.Session session, String articleId) {
        List<Object> all = new ArrayList<>();
        return byArticle(session, ArticleEntity.class, articleId).invoke(all::addAll)
                .chain(() -> byArticle(session, StoredQuote.class, articleId)).invoke(all::addAll)
                .chain(() -> byArticle(session, StoredKeyword.class, articleId)).invoke(all::addAll)
                .replaceWith(all);
    }

    private static <T> Uni<List<T>> byArticle(Mutiny.Session session, Class<T> type, String articleId) {
        return session.createQuery("from " + type.getSimpleName() + " where articleId = :id", type)
                .setParameter("id", articleId).getResultList();
    }

    /**
     * Adds the aliases not stored yet; never removes one. If another instance adds the same alias at the same
     * moment, one transaction fails on the primary key and its retry finds the row.
     */
    public Uni<Void> addAliases(Collection<EntityAlias> seen) {
        Map<EntityAlias.Key, EntityAlias> byKey = new LinkedHashMap<>();
        seen.forEach(a -> byKey.putIfAbsent(a.key(), a));
        if (byKey.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<String> entityIds = byKey.keySet().stream().map(EntityAlias.Key::entityId).collect(Collectors.toSet());
        return getSession().chain(session -> session
                .createQuery("from EntityAlias where entityId in :ids", EntityAlias.class)
                .setParameter("ids", entityIds).getResultList()
                .chain(stored -> {
                    stored.forEach(a -> byKey.remove(a.key()));
                    return session.persistAll(byKey.values().toArray());
                }));
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
