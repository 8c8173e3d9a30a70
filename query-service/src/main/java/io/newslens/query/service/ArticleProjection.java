package io.newslens.query.service;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.query.model.Article;
import io.newslens.query.model.Mention;
import io.newslens.query.model.NamedEntity;
import io.newslens.query.repository.ArticleFactsRepository;
import io.newslens.query.repository.ArticleRepository;
import io.newslens.query.repository.MentionRepository;
import io.newslens.query.repository.NamedEntityRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Writes one enriched article into the read model. Applying the same event again changes nothing (not even
 * updated_at), and an enrichment older than the stored one is ignored, so the topic may be replayed or
 * redelivered at will.
 */
@ApplicationScoped
public class ArticleProjection {

    /** What became of an event. */
    public enum Outcome {
        APPLIED,
        /** The stored enrichment is this very one (a redelivery); nothing was written. */
        ALREADY_APPLIED,
        /** The stored enrichment is newer; the event was dropped. */
        STALE
    }

    private final ArticleRepository articles;
    private final NamedEntityRepository entities;
    private final MentionRepository mentions;
    private final ArticleFactsRepository facts;

    public ArticleProjection(ArticleRepository articles, NamedEntityRepository entities, MentionRepository mentions,
            ArticleFactsRepository facts) {
        this.articles = articles;
        this.entities = entities;
        this.mentions = mentions;
        this.facts = facts;
    }

    /**
     * Article, entities, aliases, mentions, quotes, keywords and tone in one transaction: a reader never sees
     * half an enrichment.
     */
    @WithTransaction
    public Uni<Outcome> apply(ArticleEnriched event) {
        return articles.findForUpdate(event.articleId()).chain(stored -> {
            Outcome verdict = judge(stored, event);
            if (verdict != Outcome.APPLIED) {
                return Uni.createFrom().item(verdict);
            }
            Article article = stored != null ? stored : new Article();
            copy(event, article);
            Uni<?> saved = stored != null ? Uni.createFrom().item(article) : articles.persist(article);
            return saved
                    .chain(() -> entities.upsertAll(entitiesOf(event)))
                    .chain(() -> facts.addAliases(EnrichmentFacts.aliases(event)))
                    .chain(() -> mentions.replaceForArticle(event.articleId(), mentionsOf(event)))
                    .chain(() -> facts.replaceForArticle(event.articleId(), EnrichmentFacts.entityFacts(event),
                            EnrichmentFacts.quotes(event), EnrichmentFacts.keywords(event)))
                    .replaceWith(Outcome.APPLIED);
        });
    }

    /** Applies {@code events} in order, in one transaction; the outcomes are in input order. */
    @WithTransaction
    public Uni<List<Outcome>> applyAll(List<ArticleEnriched> events) {
        return Multi.createFrom().iterable(events).onItem().transformToUniAndConcatenate(this::apply)
                .collect().asList();
    }

    /** Newer by {@link EnrichmentVersion}: pipeline revision first, then enrichedAt. */
    private static Outcome judge(Article stored, ArticleEnriched event) {
        if (stored == null) {
            return Outcome.APPLIED;
        }
        int order = EnrichmentVersion.of(event.nlpVersion(), event.enrichedAt())
                .compareTo(EnrichmentVersion.of(stored.nlpVersion, stored.enrichedAt));
        if (order < 0) {
            return Outcome.STALE;
        }
        return order == 0 && stored.nlpVersion.equals(event.nlpVersion()) ? Outcome.ALREADY_APPLIED : Outcome.APPLIED;
    }

    private static void copy(ArticleEnriched event, Article article) {
        article.id = event.articleId();
        article.title = event.title();
        article.source = event.source();
        article.url = event.url();
        article.publishedAt = event.publishedAt();
        article.language = event.language();
        article.text = event.text();
        article.ingestedAt = event.ingestedAt();
        article.nlpVersion = event.nlpVersion();
        article.enrichedAt = event.enrichedAt();
        article.tone = EnrichmentFacts.documentTone(event);
        article.storyId = EnrichmentFacts.storyId(event);
        article.updatedAt = Instant.now();
    }

    private static List<NamedEntity> entitiesOf(ArticleEnriched event) {
        return event.entities().stream().map(e -> new NamedEntity(e.id(), e.name(), e.type())).toList();
    }

    private static List<Mention> mentionsOf(ArticleEnriched event) {
        return event.entities().stream()
                .flatMap(e -> e.mentions().stream()
                        .map(m -> new Mention(event.articleId(), e.id(), m.start(), m.end(), m.text())))
                .toList();
    }
}
