package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.newslens.contracts.Topics;
import io.newslens.devstack.testing.KafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(KafkaResource.class)
class StatusTest {

    @Test
    void statusShowsEachServicesReadinessAndTheNlpBacklog() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", KafkaResource.broker().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, "a" + i, "{}")).get();
            }
        }
        given().header("X-API-Key", Keys.READER).get("/api/v1/status").then().statusCode(200)
                .body("version", notNullValue())
                .body("services.find { it.name == 'ingest-service' }.ready", equalTo(true))
                .body("services.find { it.name == 'ingest-service' }.version", equalTo("9.8.7"))
                .body("services.find { it.name == 'query-service' }.ready", equalTo(false))
                .body("services.find { it.name == 'nlp-service' }.ready", equalTo(false))
                .body("nlpBacklog.partitions", equalTo(12))
                .body("nlpBacklog.lag", equalTo(3))
                .body("articles.total", equalTo(7))
                .body("articles.byStatus.ENRICHED", equalTo(5))
                .body("articles.byStatus.FAILED", equalTo(1))
                .body("problems", hasItem("query-service is not ready"));
    }

    @Test
    void everyAnswerCarriesARequestId() {
        given().header("X-API-Key", Keys.READER).header("X-Request-Id", "abc-123").get("/api/v1/status")
                .then().header("X-Request-Id", equalTo("abc-123"));
        given().header("X-API-Key", Keys.READER).header("X-Request-Id", "bad id with spaces\u00e9")
                .get("/api/v1/status").then().header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }
}
