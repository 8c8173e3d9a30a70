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
 * Finding the stored rows of exact duplicates, as a connection keeps its plan: made on an empty {@code article} (a
 * service started on a new database), it must still probe the unique text-hash index, never scan the table.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class ArticleWriterPlanTest {

    @Test
    void existingTextsPlannedOnAnEmptyTableAreFoundByIndex() {
        List<String> plan = Database.planOnEmptyTables(List.of("article"), ArticleWriter.EXISTING, "text[]",
                "'{abc}'");

        assertThat(plan).noneMatch(line -> line.contains("Seq Scan"))
                .anyMatch(line -> line.contains("Index Scan") && line.contains("on article"));
    }
}
