package io.newslens.query.service;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.query.model.Article;
import io.newslens.query.model.EntityAlias;
import io.newslens.query.model.Mention;
import io.newslens.query.model.NamedEntity;
import io.newslens.query.repository.ArticleBatchWriter;
import io.newslens.query.repository.ArticleBatchWriter.Changes;
import io.newslens.query.repository.ArticleBatchWriter.StoredEnrichment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes enriched articles into the read model, a batch at a time. Applying the same event again changes nothing
 * (not even updated_at), and an enrichment older than the stored one is ignored, so the topic may be replayed or
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

    private final ArticleBatchWriter writer;

    public ArticleProjection(ArticleBatchWriter writer) {
        this.writer = writer;
    }

    /**
     * Applies {@code events} as if one after the other, in one transaction: a reader never sees half an enrichment,
     * and the batch costs a dozen statements whatever its size. Each event is judged against the stored enrichment
     * or an earlier event of the batch for the same article; of several newer ones the last wins. The outcomes are
     * in input order.
     */
    public Uni<List<Outcome>> applyAll(List<ArticleEnriched> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        TreeSet<String> ids = events.stream().map(ArticleEnriched::articleId)
                .collect(Collectors.toCollection(TreeSet::new));
        return writer.inTransaction(tx -> tx.lockStored(ids).chain(stored -> {
            List<Outcome> outcomes = new ArrayList<>(events.size());
            Changes changes = plan(events, stored, outcomes);
            return tx.write(changes).replaceWith(outcomes);
        }));
    }

    /**
     * The rows {@code events} change, judging each in order (into {@code outcomes}). Entities and aliases come from
     * every applied event, as applying them one by one would have stored them; the article and its facts from the
     * last applied event of each article.
     */
    private static Changes plan(List<ArticleEnriched> events, Map<String, StoredEnrichment> stored,
            List<Outcome> outcomes) {
        Map<String, StoredEnrichment> current = new HashMap<>(stored);
        Map<String, ArticleEnriched> latest = new LinkedHashMap<>();
        Map<String, NamedEntity> entities = new TreeMap<>();
        Map<EntityAlias.Key, EntityAlias> aliases = new TreeMap<>(
                Comparator.comparing(EntityAlias.Key::entityId).thenComparing(EntityAlias.Key::alias));
        for (ArticleEnriched event : events) {
            Outcome verdict = judge(current.get(event.articleId()), event);
            outcomes.add(verdict);
            if (verdict == Outcome.APPLIED) {
                current.put(event.articleId(), new StoredEnrichment(event.nlpVersion(), event.enrichedAt()));
                latest.put(event.articleId(), event);
                event.entities().forEach(e -> entities.put(e.id(), new NamedEntity(e.id(), e.name(), e.type())));
                EnrichmentFacts.aliases(event).forEach(a -> aliases.putIfAbsent(a.key(), a));
            }
        }
        List<Article> inserted = new ArrayList<>();
        List<Article> updated = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        Changes changes = new Changes(inserted, updated, entities.values(), aliases.values(), mentions,
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (ArticleEnriched event : latest.values()) {
            (stored.containsKey(event.articleId()) ? updated : inserted).add(article(event));
            mentions.addAll(mentionsOf(event));
            changes.entityFacts().addAll(EnrichmentFacts.entityFacts(event));
            changes.quotes().addAll(EnrichmentFacts.quotes(event));
            changes.keywords().addAll(EnrichmentFacts.keywords(event));
        }
        return changes;
    }

    /** Newer by {@link EnrichmentVersion}: pipeline revision first, then enrichedAt. */
    private static Outcome judge(StoredEnrichment stored, ArticleEnriched event) {
        if (stored == null) {
            return Outcome.APPLIED;
        }
        int order = EnrichmentVersion.of(event.nlpVersion(), event.enrichedAt())
                .compareTo(EnrichmentVersion.of(stored.nlpVersion(), stored.enrichedAt()));
        if (order < 0) {
            return Outcome.STALE;
        }
        return order == 0 && stored.nlpVersion().equals(event.nlpVersion()) ? Outcome.ALREADY_APPLIED
                : Outcome.APPLIED;
    }

    private static Article article(ArticleEnriched event) {
        Article article = new Article();
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
        return article;
    }

    /** Each span once (the first text given for it): the span is a mention's identity. */
    private static Collection<Mention> mentionsOf(ArticleEnriched event) {
        return event.entities().stream()
                .flatMap(e -> e.mentions().stream()
                        .map(m -> new Mention(event.articleId(), e.id(), m.start(), m.end(), m.text())))
                .collect(Collectors.toMap(Mention::key, Function.identity(), (first, second) -> first,
                        LinkedHashMap::new))
                .values();
    }
}
