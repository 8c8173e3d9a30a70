package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL down under a running query-service: reads from the read model answer 503 problems, search still
 * answers from OpenSearch (its entity facet unnamed), and an event that
 * arrives meanwhile waits, past the retry budget for other database errors, until the database is back.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ShortRetryBudget.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class DatabaseOutageTest {

    /** One quick retry for ordinary database errors, so a few seconds of outage outlast the budget many times. */
    public static class ShortRetryBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newslens.query.projection.max-retries", "1",
                    "newslens.query.projection.initial-backoff", "PT0.1S",
                    "newslens.query.projection.max-backoff", "PT1S");
        }
    }

    @Test
    void anEventArrivingWhileTheDatabaseIsDownIsStoredOnceItIsBack() throws Exception {
        String stored = Articles.newId();
        String duringOutage = Articles.newId();
        try (EnrichedTopic topic = new EnrichedTopic()) {
            topic.publish(Articles.acme(stored));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/articles/{id}", stored)
                    .then().statusCode(200));

            PostgresResource.stopServer();
            try {
                topic.publish(Articles.acme(duringOutage));
                given().get("/articles/{id}", stored).then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "5")
                        .body("status", equalTo(503));
                given().get("/entities/{id}", "org:acme-corp").then().statusCode(503)
                        .contentType("application/problem+json");
                given().queryParam("about", "org:acme-corp").get("/quotes").then().statusCode(503)
                        .contentType("application/problem+json");
                // Search needs OpenSearch only: its entity facet keeps ids and counts, without PostgreSQL's names.
                given().queryParam("entity", "org:acme-corp").queryParam("facets", "entities").get("/articles")
                        .then().statusCode(200)
                        .body("facets.entities.find { it.id == 'org:acme-corp' }.count", greaterThanOrEqualTo(1))
                        .body("facets.entities.find { it.id == 'org:acme-corp' }", hasKey("name"))
                        .body("facets.entities.find { it.id == 'org:acme-corp' }.name", nullValue());
                // The retry budget for other errors is 0.1 s; five seconds of outage outlast it many times over.
                Thread.sleep(5_000);
                given().get("/q/health/ready").then().statusCode(503);
            } finally {
                PostgresResource.restartServer();
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/articles/{id}", duringOutage)
                .then().statusCode(200).body("id", equalTo(duringOutage)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200));
    }
}
