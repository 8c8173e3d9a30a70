package io.newslens.query.service;

import io.newslens.contracts.api.LiveArticle;
import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.contracts.event.Entity;
import io.newslens.query.config.LiveFeedConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Newly stored articles, fanned out to every open {@code GET /stream} connection.
 *
 * <p>A Mutiny {@link BroadcastProcessor} rather than the Vert.x event bus: the subscribers are Mutiny streams
 * returned to Quarkus REST, so a processor needs no codec and no address, and each subscriber gets its own
 * operators. The projection must never wait for a client: {@link #publish} only filters and enqueues. Each
 * subscriber has a bounded queue ({@code emitOn} with {@code newslens.query.stream.buffer} slots) drained
 * on a worker thread as fast as its connection accepts writes; when the queue is full, {@code onOverflow().drop()}
 * drops the newest articles for that subscriber alone. Mutiny 3 has no bounded drop-oldest strategy
 * ({@code dropPreviousItems()} keeps a single item), so a client that fell behind misses later articles, not
 * earlier ones; a live feed that skips is acceptable, a projection that stalls is not.
 */
@ApplicationScoped
public class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);
    private static final int TOP_ENTITIES = 5;

    /** The article as sent, and what the filters look at, lower-cased once per article. */
    private record Item(LiveArticle article, Set<String> entityIds, String title, String text) {
    }

    /** Serialized: records of different partitions may be applied on different threads at the same time. */
    private final SerializedProcessor<Item, Item> articles = BroadcastProcessor.<Item>create().serialized();
    private final int buffer;

    public LiveFeed(LiveFeedConfig config) {
        this.buffer = config.buffer();
    }

    /** Announces an article the projection has just stored. Never blocks. */
    public void publish(ArticleEnriched event) {
        articles.onNext(new Item(toLive(event), event.entities().stream().map(Entity::id).collect(Collectors.toSet()),
                lower(event.title()), lower(event.text())));
    }

    /**
     * Articles published from now on.
     *
     * @param entityId only articles mentioning this canonical id; null for all
     * @param text     only articles whose title or text contains this, ignoring case (a plain substring
     *                 filter, not the search engine); null for all
     */
    public Multi<LiveArticle> subscribe(String entityId, String text) {
        String needle = text == null ? null : lower(text);
        return Multi.createFrom().publisher(articles)
                .filter(item -> entityId == null || item.entityIds().contains(entityId))
                .filter(item -> needle == null || item.title().contains(needle) || item.text().contains(needle))
                .onOverflow().invoke(item -> LOG.debugf("A slow live-feed client misses article %s",
                        item.article().id())).drop()
                .emitOn(Infrastructure.getDefaultWorkerPool(), buffer)
                .map(Item::article);
    }

    private static LiveArticle toLive(ArticleEnriched event) {
        return new LiveArticle(event.articleId(), event.title(), event.source(), event.publishedAt(),
                event.language(), EnrichmentFacts.documentTone(event),
                event.entities().stream().sorted(Comparator.comparingDouble(Entity::salience).reversed())
                        .limit(TOP_ENTITIES).map(e -> new LiveArticle.EntityRef(e.id(), e.name(), e.type()))
                        .toList());
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
