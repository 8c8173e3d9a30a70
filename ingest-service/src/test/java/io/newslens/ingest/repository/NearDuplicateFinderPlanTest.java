package io.newslens.ingest.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.ingest.Database;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The near-duplicate lookup's plan, as a connection keeps it for its prepared statement: made on empty tables (a
 * service started on a new database), it must still read candidate articles by primary key. A plain join got a hash
 * join over a sequential scan of {@code article} there, and kept it while the table grew.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class NearDuplicateFinderPlanTest {

    @Test
    void theLookupPlannedOnEmptyTablesReadsArticlesByPrimaryKey() {
        List<String> plan = Database.planOnEmptyTables(List.of("article", "article_band"),
                NearDuplicateFinder.CANDIDATES, "uuid[], smallint[], bigint[]",
                "'{00000000-0000-0000-0000-000000000001}', '{100}', '{1}'");

        assertThat(plan).noneMatch(line -> line.contains("Seq Scan"))
                .anyMatch(line -> line.contains("Index Scan using article_pkey on article"));
    }
}
