package io.newslens.nlp.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.newslens.devstack.testing.KafkaResource;
import io.newslens.nlp.testing.TopicClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
class ReadinessTest {

    @Test
    void readinessReportsThePipelineAndTheKafkaChannelsOnceTheModelsAreLoaded() {
        Awaitility.await().atMost(TopicClient.WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);

        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'corenlp-pipeline' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'corenlp-pipeline' }.data.annotators", containsString("ner"))
                .body("checks.find { it.name.contains('Messaging') }.data.keySet()", hasItem("articles-ingested"))
                .body("checks.find { it.name.contains('Messaging') }.data.keySet()", hasItem("articles-enriched"));
    }
}
