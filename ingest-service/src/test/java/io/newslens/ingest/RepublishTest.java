package io.newslens.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newslens.contracts.Topics;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.newslens.devstack.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class RepublishTest {

    @Test
    void republishingTwoStoredArticlesPutsTwoMoreRecordsInTheTopic() {
        String first = post("The first article to republish, " + UUID.randomUUID() + ".");
        String second = post("The second article to republish, " + UUID.randomUUID() + ".");
        try (TopicReader reader = new TopicReader(KafkaResource.broker().bootstrapServers(), Topics.ARTICLES_INGESTED)) {
            assertThat(reader.await(r -> first.equals(r.key()) || second.equals(r.key()), 2, Duration.ofSeconds(30)))
                    .hasSize(2);

            String progress = given().contentType("application/json")
                    .body(Map.of("ids", List.of(first, second), "since", "2020-01-01"))
                    .post("/admin/republish")
                    .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/x-ndjson"))
                    .extract().asString();

            List<String> lines = progress.lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines.get(lines.size() - 1)).contains("\"queued\":2", "\"total\":2", "\"done\":true");
            assertThat(reader.await(r -> first.equals(r.key()) || second.equals(r.key()), 4, Duration.ofSeconds(30)))
                    .hasSize(4);
            assertThat(reader.drain(r -> first.equals(r.key()) || second.equals(r.key()), Duration.ofSeconds(1)))
                    .hasSize(4);
        }
    }

    @Test
    void badDateIs422NamingTheField() {
        given().contentType("application/json").body(Map.of("since", "yesterday")).post("/admin/republish")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("since"));
    }

    @Test
    void unknownFilterIs422NamingIt() {
        given().contentType("application/json").body(Map.of("outlet", "Example Wire")).post("/admin/republish")
                .then().statusCode(422).body("errors[0].field", equalTo("outlet"));
    }

    private static String post(String text) {
        return given().contentType("application/json").body(Map.of("text", text)).post("/articles")
                .then().statusCode(202).extract().path("id");
    }
}
