package io.newslens.query.repository;

import io.newslens.query.model.Article;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {
}
