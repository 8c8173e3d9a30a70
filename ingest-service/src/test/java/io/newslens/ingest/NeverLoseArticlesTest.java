package io.newslens.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.contracts.Topics;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.devstack.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class NeverLoseArticlesTest {

    @Test
    void articlesAcceptedWhileKafkaIsDownArePublishedExactlyOnceWhenItIsBack() throws Exception {
        List<String> ids = new ArrayList<>();
        KafkaResource.stopBroker();
        try {
            for (int i = 0; i < 20; i++) {
                ids.add(given().contentType("application/json")
                        .body(Map.of("text", "Outage story " + i + ", " + UUID.randomUUID() + "."))
                        .post("/articles").then().statusCode(202).extract().path("id"));
            }
            ids.add(given().contentType("application/json")
                    .body("[{\"text\": \"Outage batch story, " + UUID.randomUUID() + ".\"}]")
                    .post("/articles/batch").then().statusCode(200).extract().path("items[0].id"));
            // Let the relay try, and fail, while the broker is away.
            Thread.sleep(3_000);
            assertThat(Database.count("SELECT count(*) FROM ingest.article WHERE status = 'RECEIVED' AND id::text = ANY(?)",
                    (Object) ids.toArray(new String[0]))).isEqualTo(ids.size());
        } finally {
            KafkaResource.restartBroker();
        }

        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> ids.contains(r.key()), ids.size(),
                    Duration.ofSeconds(45));
            assertThat(records.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(reader.drain(r -> ids.contains(r.key()), Duration.ofSeconds(3))).hasSize(ids.size());
        }
    }
}
