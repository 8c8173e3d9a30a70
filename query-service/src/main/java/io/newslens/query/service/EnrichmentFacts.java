package io.newslens.query.service;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.EntityTone;
import io.newslens.contracts.event.Keyword;
import io.newslens.contracts.event.Quote;
import io.newslens.query.model.ArticleEntity;
import io.newslens.query.model.EntityAlias;
import io.newslens.query.model.StoredKeyword;
import io.newslens.query.model.StoredQuote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows one enrichment contributes beyond article, entities and mentions. Lists the event may omit (older
 * producers) count as empty; a fact listed twice (same key) counts once, the first time.
 */
final class EnrichmentFacts {

    private EnrichmentFacts() {
    }

    /**
     * The article's story: ingest names the story's first article in {@code duplicateOf} (never a near-duplicate
     * itself, so one hop is the whole cluster); an original is the first article of its own story.
     */
    static String storyId(ArticleEnriched event) {
        return event.duplicateOf() == null || event.duplicateOf().isBlank() ? event.articleId() : event.duplicateOf();
    }

    static List<ArticleEntity> entityFacts(ArticleEnriched event) {
        Map<String, EntityTone> tones = event.tone() == null || event.tone().entities() == null ? Map.of()
                : event.tone().entities().stream().filter(t -> t != null && t.entityId() != null)
                        .collect(Collectors.toMap(EntityTone::entityId, Function.identity(), (a, b) -> a));
        Map<String, ArticleEntity> byId = new LinkedHashMap<>();
        for (Entity e : event.entities()) {
            EntityTone tone = tones.get(e.id());
            byId.putIfAbsent(e.id(), new ArticleEntity(event.articleId(), e.id(), e.salience(),
                    tone == null ? null : tone.score(), tone == null ? 0 : tone.sentences(), distinctMentions(e)));
        }
        return List.copyOf(byId.values());
    }

    /** Mentions of {@code e}, each span once (as the mention table keeps them). */
    private static int distinctMentions(Entity e) {
        return (int) e.mentions().stream().map(m -> List.of(m.start(), m.end())).distinct().count();
    }

    /** Every alias the event gives, plus the canonical name and each mention's text (always valid forms). */
    static List<EntityAlias> aliases(ArticleEnriched event) {
        List<EntityAlias> all = new ArrayList<>();
        for (Entity e : event.entities()) {
            all.add(new EntityAlias(e.id(), e.name()));
            if (e.aliases() != null) {
                e.aliases().stream().filter(a -> a != null && !a.isBlank())
                        .forEach(a -> all.add(new EntityAlias(e.id(), a)));
            }
            e.mentions().forEach(m -> all.add(new EntityAlias(e.id(), m.text())));
        }
        return all;
    }

    static List<StoredQuote> quotes(ArticleEnriched event) {
        Map<List<Integer>, StoredQuote> bySpan = new LinkedHashMap<>();
        for (Quote q : nullSafe(event.quotes())) {
            StoredQuote row = new StoredQuote();
            row.articleId = event.articleId();
            row.startOffset = q.start();
            row.endOffset = q.end();
            row.text = q.text();
            row.speakerId = q.speaker() == null ? null : q.speaker().id();
            row.speakerName = q.speaker() == null ? null : q.speaker().name();
            row.cue = q.cue();
            row.entityIds = q.entityIds() == null ? new String[0]
                    : q.entityIds().stream().distinct().toArray(String[]::new);
            row.aboutIds = q.about().stream().distinct().toArray(String[]::new);
            bySpan.putIfAbsent(List.of(q.start(), q.end()), row);
        }
        return List.copyOf(bySpan.values());
    }

    static List<StoredKeyword> keywords(ArticleEnriched event) {
        Map<String, StoredKeyword> byPhrase = new LinkedHashMap<>();
        for (Keyword k : nullSafe(event.keywords())) {
            byPhrase.putIfAbsent(k.phrase(), new StoredKeyword(event.articleId(), k.phrase(), k.score(), k.count()));
        }
        return List.copyOf(byPhrase.values());
    }

    static Double documentTone(ArticleEnriched event) {
        return event.tone() == null ? null : event.tone().document();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
