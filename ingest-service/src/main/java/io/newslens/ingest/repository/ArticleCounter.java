package io.newslens.ingest.repository;

import io.newslens.contracts.api.ArticleCounts;
import io.newslens.contracts.api.ArticleStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/** Counts stored articles by status: one grouped scan, for the operator's status page. */
@ApplicationScoped
public class ArticleCounter {

    private final Pool pool;

    public ArticleCounter(Pool pool) {
        this.pool = pool;
    }

    public Uni<ArticleCounts> countByStatus() {
        return pool.query("SELECT status, count(*) AS n FROM ingest.article GROUP BY status").execute().map(rows -> {
            Map<ArticleStatus, Long> byStatus = new EnumMap<>(ArticleStatus.class);
            for (ArticleStatus status : ArticleStatus.values()) {
                byStatus.put(status, 0L);
            }
            long total = 0;
            for (var row : rows) {
                long n = row.getLong("n");
                byStatus.put(ArticleStatus.valueOf(row.getString("status")), n);
                total += n;
            }
            return new ArticleCounts(total, byStatus);
        });
    }
}
