package io.newslens.query.messaging;

import io.newslens.contracts.event.ArticleEnriched;
import io.newslens.query.config.QueryConfig;
import io.newslens.query.service.ArticleProjection;
import io.newslens.query.service.ArticleProjection.Outcome;
import io.newslens.query.service.QueryMetrics;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds articles.enriched into the read model, one record after the other (a method returning {@code Uni}
 * is called for the next record only once the previous one is done), so each partition keeps its order.
 *
 * <p>A record that can never be stored (not JSON, not a valid event, or data PostgreSQL rejects) is logged
 * and acknowledged: retrying cannot fix it, and a dead-letter topic would need a contract no one reads yet.
 * The event stays in articles.enriched to replay once the producer is fixed. Any other failure is retried
 * with backoff; if it persists the channel fails and readiness goes DOWN, because skipping a valid event
 * would leave the read model silently incomplete.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(EnrichedArticleConsumer.class);

    private final EnrichedEventReader reader;
    private final ArticleProjection projection;
    private final QueryConfig.Projection config;
    private final QueryMetrics metrics;

    public EnrichedArticleConsumer(EnrichedEventReader reader, ArticleProjection projection, QueryConfig config,
            QueryMetrics metrics) {
        this.metrics = metrics;
        this.reader = reader;
        this.projection = projection;
        this.config = config.projection();
    }

    @Incoming("articles-enriched")
    public Uni<Void> consume(String value) {
        ArticleEnriched event;
        try {
            event = reader.read(value);
        } catch (InvalidEvent e) {
            LOG.warnf("Skipping a record of articles.enriched: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        return applyWithRetries(event, 0, Vertx.currentContext())
                .invoke(outcome -> log(event, outcome))
                .invoke(outcome -> metrics.applied(event, outcome))
                .onFailure(EnrichedArticleConsumer::isRejectedData).recoverWithItem(e -> {
                    LOG.warnf("Skipping article %s: PostgreSQL rejects its data: %s", event.articleId(),
                            e.getMessage());
                    return null;
                })
                .replaceWithVoid();
    }

    /**
     * Mutiny's own backoff would resubscribe on a worker thread; the Hibernate Reactive session must stay on
     * this record's Vert.x context, so the wait is a Vert.x timer on that context.
     */
    private Uni<Outcome> applyWithRetries(ArticleEnriched event, int attempt, Context context) {
        return projection.apply(event).onFailure(e -> !isRejectedData(e)).recoverWithUni(e -> {
            if (attempt >= config.maxRetries()) {
                LOG.errorf(e, "Giving up on article %s after %d attempts", event.articleId(), attempt + 1);
                return Uni.createFrom().failure(e);
            }
            Duration wait = backoff(attempt);
            LOG.warnf("Storing article %s failed (%s); retry %d in %s", event.articleId(), e.getMessage(),
                    attempt + 1, wait);
            return Uni.createFrom().<Void>emitter(done -> context.owner().setTimer(Math.max(1, wait.toMillis()),
                            id -> context.runOnContext(v -> done.complete(null))))
                    .chain(() -> applyWithRetries(event, attempt + 1, context));
        });
    }

    private Duration backoff(int attempt) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(attempt, 20));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    /** SQLSTATE class 22 (data exception): the same data would be refused again, e.g. a NUL character in text. */
    private static boolean isRejectedData(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String sqlState = t instanceof SQLException sql ? sql.getSQLState()
                    : t instanceof PgException pg ? pg.getSqlState() : null;
            if (sqlState != null && sqlState.startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static void log(ArticleEnriched event, Outcome outcome) {
        switch (outcome) {
            case STALE -> LOG.infof("Ignoring an older enrichment of article %s (enrichedAt %s)",
                    event.articleId(), event.enrichedAt());
            case ALREADY_APPLIED -> LOG.debugf("Article %s is already stored with this enrichment", event.articleId());
            case APPLIED -> LOG.debugf("Stored article %s with %d entities", event.articleId(),
                    event.entities().size());
        }
    }
}
