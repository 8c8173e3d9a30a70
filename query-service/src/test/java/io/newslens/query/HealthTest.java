package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Readiness must cover what the service cannot work without: the Kafka consumer and PostgreSQL. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class HealthTest {

    @Test
    void readinessCoversKafkaAndBothDatabaseClients() {
        // The Kafka check turns UP once the consumer has joined its group, a moment after start-up.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(
                        "SmallRye Reactive Messaging - readiness check",
                        "Reactive PostgreSQL connections health check",
                        "Database connections health check")));
    }

    @Test
    void readinessNamesTheServiceAndItsVersionForTheGatewaysStatusPage() {
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'version' }.data.service", equalTo("query-service"))
                .body("checks.find { it.name == 'version' }.data.version", equalTo("0.1.0-SNAPSHOT"));
    }
}
