package io.newslens.ingest;

import static io.newslens.ingest.PipelineStatusTest.awaitStatus;
import static io.newslens.ingest.PipelineStatusTest.enrichment;
import static io.newslens.ingest.PipelineStatusTest.publishedArticle;
import static io.newslens.ingest.PipelineStatusTest.send;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.newslens.contracts.Topics;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL down under a running ingest-service: submissions are refused with a 503 problem (never a 500), and an
 * enrichment heard meanwhile is not lost: the article's status catches up once the database is back.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class DatabaseOutageTest {

    @Test
    void submissionsAre503ProblemsAndStatusesCatchUpOnceTheDatabaseIsBack() throws Exception {
        String id = publishedArticle("Epsilon Foods recalled two products in Porto after a labelling error.");
        PostgresResource.stopServer();
        try {
            send(Topics.ARTICLES_ENRICHED, id, enrichment(id, Instant.now().plusSeconds(1)), null);
            given().contentType("application/json").body(Map.of("text", "Zeta Mining reopened its northern pit."))
                    .post("/articles").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503));
            given().get("/articles/" + id + "/status").then().statusCode(503)
                    .contentType("application/problem+json");
            // Longer than the retries for other database errors (about 11 s): an outage must never make the status
            // consumer skip the enrichment.
            Thread.sleep(15_000);
        } finally {
            PostgresResource.restartServer();
        }
        awaitStatus(id, "ENRICHED");
    }
}
