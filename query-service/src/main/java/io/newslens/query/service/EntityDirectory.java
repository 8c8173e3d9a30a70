package io.newslens.query.service;

import io.newslens.contracts.api.EntityProfile;
import io.newslens.contracts.api.EntitySuggestion;
import io.newslens.query.config.QueryConfig;
import io.newslens.query.repository.EntityAggregations;
import io.newslens.query.repository.EntityQueries;
import io.newslens.query.repository.QuoteFilter;
import io.newslens.query.repository.QuoteQueries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/** Entities across all articles: autocomplete and profiles. Read-only. */
@ApplicationScoped
public class EntityDirectory {

    private static final Logger LOG = Logger.getLogger(EntityDirectory.class);

    private final EntityQueries entities;
    private final EntityAggregations aggregations;
    private final QuoteQueries quotes;
    private final QueryConfig.Profile sizes;

    public EntityDirectory(EntityQueries entities, EntityAggregations aggregations, QuoteQueries quotes,
            QueryConfig config) {
        this.entities = entities;
        this.aggregations = aggregations;
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
     * requests run at once: four statements on the pool, each on its own connection, and one search request for the
     * co-mentions and sources (then named from PostgreSQL). The profile takes as long as its slowest part, not the
     * sum. They were never one snapshot: separate statements.
     */
    public Uni<EntityProfile> profile(String id) {
        return entities.identity(id)
                .onItem().ifNull().failWith(() -> new EntityNotFound(id))
                .chain(identity -> Uni.combine().all().unis(entities.stats(id), entities.mentionsPerDay(id),
                                neighbours(id),
                                quotes.find(QuoteFilter.bySpeaker(id, sizes.quotes())),
                                quotes.find(QuoteFilter.about(id, sizes.quotes())))
                        .asTuple()
                        .map(parts -> {
                            EntityQueries.Stats stats = parts.getItem1();
                            return new EntityProfile(identity.id(), identity.name(), identity.type(),
                                    identity.aliases(), stats.mentions(), stats.articles(), stats.firstSeen(),
                                    stats.lastSeen(), stats.averageTone(), parts.getItem2(),
                                    parts.getItem3().coMentions(), parts.getItem3().sources(), parts.getItem4(),
                                    parts.getItem5());
                        }));
    }

    /** Both null when the search index does not answer: the rest of the profile is PostgreSQL's and still useful. */
    private record Neighbours(List<EntityProfile.CoMention> coMentions, List<EntityProfile.SourceCount> sources) {
    }

    private Uni<Neighbours> neighbours(String id) {
        return aggregations.neighbourhood(id, sizes.coMentions(), sizes.sources())
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("profile of %s without co-mentions and sources, the search index did not answer: %s",
                            id, e.toString());
                    return null;
                })
                .chain(found -> found == null ? Uni.createFrom().item(new Neighbours(null, null))
                        : entities.names(found.coMentions().stream().map(EntityAggregations.Count::key).toList())
                                .map(named -> new Neighbours(found.coMentions().stream().map(c -> {
                                    EntityQueries.Named name = named.get(c.key());
                                    return new EntityProfile.CoMention(c.key(), name == null ? null : name.name(),
                                            name == null ? null : name.type(), c.articles());
                                }).toList(), found.sources().stream()
                                        .map(c -> new EntityProfile.SourceCount(c.key(), c.articles())).toList())));
    }
}
