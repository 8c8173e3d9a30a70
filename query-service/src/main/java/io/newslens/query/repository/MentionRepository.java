package io.newslens.query.repository;

import io.newslens.query.model.Mention;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
@WithSession
public class MentionRepository implements PanacheRepositoryBase<Mention, Mention.Key> {

    /** In reading order: by position in the text. */
    public Uni<List<Mention>> findByArticle(String articleId) {
        return list("articleId", Sort.by("startOffset").and("endOffset").and("entityId"), articleId);
    }
}
