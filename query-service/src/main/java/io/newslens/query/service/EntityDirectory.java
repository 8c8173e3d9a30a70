package io.newslens.query.service;

import io.newslens.contracts.api.EntityProfile;
import io.newslens.contracts.api.EntitySuggestion;
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

    /**
     * The profile, or {@link EntityNotFound}. After the identity (which decides 404), its five parts are independent
     * statements run at once on the pool, each on its own connection: the profile takes as long as its slowest part
     * (for a frequent entity, the quotes about it), not the sum. They were never one snapshot: separate statements.
     */
    public Uni<EntityProfile> profile(String id) {
        return entities.identity(id)
                .onItem().ifNull().failWith(() -> new EntityNotFound(id))
                .chain(identity -> Uni.combine().all().unis(entities.stats(id), entities.mentionsPerDay(id),
                                entities.coMentions(id, sizes.coMentions()),
                                quotes.find(QuoteFilter.bySpeaker(id, sizes.quotes())),
                                quotes.find(QuoteFilter.about(id, sizes.quotes())))
                        .asTuple()
                        .map(parts -> {
                            EntityQueries.Stats stats = parts.getItem1();
                            return new EntityProfile(identity.id(), identity.name(), identity.type(),
                                    identity.aliases(), stats.mentions(), stats.articles(), stats.firstSeen(),
                                    stats.lastSeen(), stats.averageTone(), parts.getItem2(), parts.getItem3(),
                                    parts.getItem4(), parts.getItem5());
                        }));
    }
}
