package io.newslens.query.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.newslens.contracts.api.ArticleHit.EntityRef;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.contracts.event.Quote;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An article as the search index holds it (mapping: resources/opensearch/articles-v4.json). {@code entityIds}
 * are for filters and facets; {@code entities}, most salient first, only stored, name them in hits and facets;
 * {@code storyId} folds near-duplicates into one hit; {@code duplicate} (the story is another article's) lets a
 * search count its stories without counting distinct story ids (repository/StoryFolding). It follows from
 * {@code storyId}, so it is written to the index but never read back into a document.
 */
@JsonIgnoreProperties(value = "duplicate", allowGetters = true)
public record ArticleDocument(String id, String title, String text, List<String> quotes, String source,
        String language, Instant publishedAt, Instant enrichedAt, Double tone, List<String> entityIds,
        List<EntityRef> entities, String storyId, @JsonIgnore String nlpVersion) {

    /** Whether the article belongs to another article's story: any story but its own. */
    @JsonProperty("duplicate")
    public boolean duplicate() {
        return storyId != null && !storyId.equals(id);
    }

    /** Entities a hit shows. */
    public static final int TOP_ENTITIES = 5;

    /** The most salient entities, for a hit. */
    public List<EntityRef> topEntities() {
        return entities == null ? List.of() : entities.subList(0, Math.min(TOP_ENTITIES, entities.size()));
    }

    public static ArticleDocument of(ArticleEnriched event) {
        List<Entity> all = event.entities() == null ? List.of() : event.entities();
        List<EntityRef> bySalience = all.stream()
                .sorted(Comparator.comparingDouble(Entity::salience).reversed())
                .map(e -> new EntityRef(e.id(), e.name(), e.type()))
                .toList();
        List<String> quotes = event.quotes() == null ? List.of() : event.quotes().stream().map(Quote::text).toList();
        return new ArticleDocument(event.articleId(), event.title(), event.text(), quotes, event.source(),
                event.language(), event.publishedAt(), event.enrichedAt(), EnrichmentFacts.documentTone(event),
                all.stream().map(Entity::id).distinct().toList(), bySalience, EnrichmentFacts.storyId(event),
                event.nlpVersion());
    }

    /**
     * The document's external version ({@link EnrichmentVersion#external()}), so OpenSearch refuses an older or
     * repeated enrichment exactly as the read model ignores it. Not stored in the document ({@code nlpVersion} is
     * only known when writing).
     */
    public long version() {
        return EnrichmentVersion.of(nlpVersion, enrichedAt).external();
    }
}
