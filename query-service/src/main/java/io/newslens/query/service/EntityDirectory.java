package io.newslens.query.service;

import io.newslens.contracts.api.EntityProfile;
import io.newslens.contracts.api.EntitySuggestion;
import io.newslens.contracts.api.QuoteView;
import io.newslens.query.config.QueryConfig;
import io.newslens.query.repository.EntityQueries;
import io.newslens.query.repository.QuoteFilter;
import io.newslens.query.repository.QuoteQueries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** Entities across all articles: autocomplete and profiles. Read-only; each query is one statement. */
@ApplicationScoped
public class EntityDirectory {

    private final EntityQueries entities;
    private final QuoteQueries quotes;
    private final QueryConfig.Profile sizes;

    public EntityDirectory(EntityQueries entities, QuoteQueries quotes, QueryConfig config) {
        this.entities = entities;
        this.quotes = quotes;
        this.sizes = config.profile();
    }

    /**
     * Entities whose name or any alias starts with {@code prefix} (case-insensitive), most articles first.
     *
     * @param type an entity type (PERSON, ORGANIZATION, ...), case-insensitive; null for all
     */
    public Uni<List<EntitySuggestion>> suggest(String prefix, String type, int limit) {
        String pattern = prefix.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return entities.suggest(pattern, type == null ? null : type.toUpperCase(Locale.ROOT), limit);
    }

    /** The profile, or {@link EntityNotFound}. The queries run one after the other on the shared pool. */
    public Uni<EntityProfile> profile(String id) {
        return entities.identity(id)
                .onItem().ifNull().failWith(() -> new EntityNotFound(id))
                .chain(identity -> entities.stats(id).chain(stats -> entities.mentionsPerDay(id)
                        .chain(days -> entities.coMentions(id, sizes.coMentions())
                                .map(co -> new EntityProfile(identity.id(), identity.name(), identity.type(),
                                        identity.aliases(), stats.mentions(), stats.articles(), stats.firstSeen(),
                                        stats.lastSeen(), stats.averageTone(), days, co, List.of(), List.of())))))
                .chain(profile -> quotes.find(QuoteFilter.bySpeaker(id, sizes.quotes()))
                        .chain(by -> quotes.find(QuoteFilter.about(id, sizes.quotes()))
                                .map(about -> withQuotes(profile, by, about))));
    }

    private static EntityProfile withQuotes(EntityProfile p, List<QuoteView> by, List<QuoteView> about) {
        return new EntityProfile(p.id(), p.name(), p.type(), p.aliases(), p.mentionCount(), p.articleCount(),
                p.firstSeen(), p.lastSeen(), p.averageTone(), p.mentionsPerDay(), p.coMentions(), by, about);
    }
}
