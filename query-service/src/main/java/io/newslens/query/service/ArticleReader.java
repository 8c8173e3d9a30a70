package io.newslens.query.service;

import io.newslens.contracts.api.ArticleStatus;
import io.newslens.contracts.api.ArticleView;
import io.newslens.contracts.event.Entity;
import io.newslens.query.model.Article;
import io.newslens.query.model.Mention;
import io.newslens.query.model.NamedEntity;
import io.newslens.query.repository.ArticleRepository;
import io.newslens.query.repository.MentionRepository;
import io.newslens.query.repository.NamedEntityRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads one article of the read model as the API shows it. */
@ApplicationScoped
public class ArticleReader {

    private final ArticleRepository articles;
    private final NamedEntityRepository entities;
    private final MentionRepository mentions;

    public ArticleReader(ArticleRepository articles, NamedEntityRepository entities, MentionRepository mentions) {
        this.articles = articles;
        this.entities = entities;
        this.mentions = mentions;
    }

    /**
     * The article with its entities, each listing its mentions in text order, entities ordered by their
     * first mention; fails with {@link ArticleNotFound} when the read model does not have it.
     */
    @WithSession
    public Uni<ArticleView> find(String id) {
        return articles.findById(id)
                .onItem().ifNull().failWith(() -> new ArticleNotFound(id))
                .chain(article -> mentions.findByArticle(id)
                        .chain(found -> entitiesOf(found).map(named -> view(article, found, named))));
    }

    private Uni<Map<String, NamedEntity>> entitiesOf(List<Mention> found) {
        List<String> ids = found.stream().map(m -> m.entityId).distinct().toList();
        return entities.findByIds(ids)
                .map(list -> list.stream().collect(Collectors.toMap(e -> e.id, Function.identity())));
    }

    private static ArticleView view(Article a, List<Mention> inTextOrder, Map<String, NamedEntity> named) {
        // Insertion order of the map = order of each entity's first mention.
        Map<String, List<io.newslens.contracts.event.Mention>> byEntity = new LinkedHashMap<>();
        for (Mention m : inTextOrder) {
            byEntity.computeIfAbsent(m.entityId, k -> new ArrayList<>())
                    .add(new io.newslens.contracts.event.Mention(m.startOffset, m.endOffset, m.text));
        }
        List<Entity> entityViews = byEntity.entrySet().stream()
                .map(e -> {
                    NamedEntity entity = named.get(e.getKey());
                    // Aliases and salience are not stored yet: aliases are rebuilt from the mentions.
                    List<String> aliases = e.getValue().stream()
                            .map(io.newslens.contracts.event.Mention::text).distinct().toList();
                    return new Entity(entity.id, entity.name, entity.type, aliases, 0.0, List.copyOf(e.getValue()));
                })
                .toList();
        return new ArticleView(a.id, ArticleStatus.ENRICHED, a.title, a.source, a.url, a.publishedAt, a.language,
                a.text, a.ingestedAt, a.nlpVersion, a.enrichedAt, entityViews);
    }
}
