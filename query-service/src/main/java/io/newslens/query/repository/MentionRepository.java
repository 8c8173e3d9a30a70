package io.newslens.query.repository;

import io.newslens.query.model.Mention;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@WithSession
public class MentionRepository implements PanacheRepositoryBase<Mention, Mention.Key> {

    /**
     * The article's mentions become exactly {@code wanted}: an enrichment replaces, never adds to, the
     * last one; a span listed twice counts once. Only the difference is written. (A bulk delete followed
     * by inserts would rewrite every row, and trips the warnings described in
     * {@link NamedEntityRepository#upsertAll}.)
     */
    public Uni<Void> replaceForArticle(String articleId, List<Mention> wanted) {
        Map<Mention.Key, Mention> wantedByKey = wanted.stream()
                .collect(Collectors.toMap(Mention::key, Function.identity(), (first, second) -> first));
        return list("articleId", articleId).chain(stored -> {
            Set<Mention.Key> storedKeys = stored.stream().map(Mention::key).collect(Collectors.toSet());
            Object[] gone = stored.stream().filter(m -> !wantedByKey.containsKey(m.key())).toArray();
            // A kept span takes the new text; dirty checking writes it only if it changed.
            stored.stream().filter(m -> wantedByKey.containsKey(m.key()))
                    .forEach(m -> m.text = wantedByKey.get(m.key()).text);
            Object[] added = wantedByKey.values().stream().filter(m -> !storedKeys.contains(m.key())).toArray();
            return getSession().chain(session -> session.removeAll(gone).chain(() -> session.persistAll(added)));
        });
    }

    /** In reading order: by position in the text. */
    public Uni<List<Mention>> findByArticle(String articleId) {
        return list("articleId", Sort.by("startOffset").and("endOffset").and("entityId"), articleId);
    }
}
