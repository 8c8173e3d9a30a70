package io.newslens.ingest.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.ingest.Database;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The relay's statements as a connection keeps their plans: made on empty tables (a service started on a new
 * database), they must still reach articles by primary key, never by reading the whole {@code article} table on
 * every pass as the table grows.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class OutboxRelayPlanTest {

    @Test
    void claimingReadsArticlesByPrimaryKey() {
        List<String> plan = Database.planOnEmptyTables(List.of("article", "outbox"), OutboxRelay.CLAIM,
                "int, float8", "200, 5");

        assertThat(plan).noneMatch(line -> line.contains("Seq Scan on article"))
                .anyMatch(line -> line.contains("Index Scan using article_pkey on article"));
    }

    @Test
    void markingSentIsPlannedForTheTableAsItIsNow() {
        // Prepared on an empty table, executed when it holds 20,000 articles (not yet analysed), as the relay's
        // connection does over a service's first hours: planned afresh, the update must reach them by primary key.
        List<String> plan = Database.planOnEmptyTables(List.of("article", "outbox"), OutboxRelay.MARK_SENT,
                "bigint[]", "'{1}'", OutboxRelay.PLAN_EACH_TIME,
                "INSERT INTO plan_check.article (id, text, raw_text, text_hash, status, received_at) "
                        + "SELECT gen_random_uuid(), repeat('x', 200), '', md5(g::text), 'RECEIVED', now() "
                        + "FROM generate_series(1, 20000) g");

        assertThat(plan).noneMatch(line -> line.contains("Seq Scan on article"))
                .anyMatch(line -> line.contains("article_pkey"));
    }
}
