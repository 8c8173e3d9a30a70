package io.newslens.query.service;

import io.newslens.contracts.api.ArticleStatus;
import io.newslens.contracts.api.ArticleView;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.EntityTone;
import io.newslens.contracts.event.Keyword;
import io.newslens.contracts.event.Quote;
import io.newslens.contracts.event.SpeakerRef;
import io.newslens.contracts.event.Tone;
import io.newslens.query.model.Article;
import io.newslens.query.model.ArticleEntity;
import io.newslens.query.model.Mention;
import io.newslens.query.model.NamedEntity;
import io.newslens.query.model.StoredKeyword;
import io.newslens.query.model.StoredQuote;
import io.newslens.query.repository.ArticleFactsRepository;
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
    private final ArticleFactsRepository facts;

    public ArticleReader(ArticleRepository articles, NamedEntityRepository entities, MentionRepository mentions,
            ArticleFactsRepository facts) {
        this.articles = articles;
        this.entities = entities;
        this.mentions = mentions;
        this.facts = facts;
    }

    /** What an article's view needs besides its mentions. */
    private record Facts(List<ArticleEntity> entityFacts, List<StoredQuote> quotes, List<StoredKeyword> keywords) {
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
                        .chain(found -> entitiesOf(found)
                                .chain(named -> factsOf(id).map(facts -> view(article, found, named, facts)))));
    }

    private Uni<Facts> factsOf(String id) {
        return facts.entityFactsOf(id).chain(entityFacts -> facts.quotesOf(id)
                .chain(quotes -> facts.keywordsOf(id).map(keywords -> new Facts(entityFacts, quotes, keywords))));
    }

    private Uni<Map<String, NamedEntity>> entitiesOf(List<Mention> found) {
        List<String> ids = found.stream().map(m -> m.entityId).distinct().toList();
        return entities.findByIds(ids)
                .map(list -> list.stream().collect(Collectors.toMap(e -> e.id, Function.identity())));
    }

    private static ArticleView view(Article a, List<Mention> inTextOrder, Map<String, NamedEntity> named,
            Facts facts) {
        Map<String, ArticleEntity> perEntity = facts.entityFacts().stream()
                .collect(Collectors.toMap(f -> f.entityId, Function.identity()));
        // Insertion order of the map = order of each entity's first mention.
        Map<String, List<io.newslens.contracts.event.Mention>> byEntity = new LinkedHashMap<>();
        for (Mention m : inTextOrder) {
            byEntity.computeIfAbsent(m.entityId, k -> new ArrayList<>())
                    .add(new io.newslens.contracts.event.Mention(m.startOffset, m.endOffset, m.text));
        }
        List<Entity> entityViews = byEntity.entrySet().stream()
                .map(e -> {
                    NamedEntity entity = named.get(e.getKey());
                    // The article's own aliases: its surface forms (the entity_alias table holds all articles').
                    List<String> aliases = e.getValue().stream()
                            .map(io.newslens.contracts.event.Mention::text).distinct().toList();
                    ArticleEntity fact = perEntity.get(entity.id);
                    double salience = fact == null ? 0.0 : fact.salience;
                    return new Entity(entity.id, entity.name, entity.type, aliases, salience,
                            List.copyOf(e.getValue()));
                })
                .toList();
        return new ArticleView(a.id, ArticleStatus.ENRICHED, a.title, a.source, a.url, a.publishedAt, a.language,
                a.text, a.ingestedAt, a.nlpVersion, a.enrichedAt, entityViews, a.id.equals(a.storyId) ? null : a.storyId,
                facts.quotes().stream().map(ArticleReader::quote).toList(),
                facts.keywords().stream().map(k -> new Keyword(k.phrase, k.score, k.occurrences)).toList(),
                tone(a, entityViews, perEntity));
    }

    private static Quote quote(StoredQuote q) {
        SpeakerRef speaker = q.speakerId == null ? null : new SpeakerRef(q.speakerId, q.speakerName);
        return new Quote(q.text, q.startOffset, q.endOffset, speaker, q.cue, List.of(q.entityIds),
                q.aboutIds == null ? List.of(q.entityIds) : List.of(q.aboutIds));
    }

    /** Per-entity tone in the order of the article's entities, as the event gave it. */
    private static Tone tone(Article a, List<Entity> entityViews, Map<String, ArticleEntity> perEntity) {
        List<EntityTone> entityTones = entityViews.stream()
                .map(e -> perEntity.get(e.id()))
                .filter(f -> f != null && f.tone != null)
                .map(f -> new EntityTone(f.entityId, f.tone, f.toneSentences))
                .toList();
        return new Tone(a.tone == null ? 0.0 : a.tone, entityTones);
    }
}
