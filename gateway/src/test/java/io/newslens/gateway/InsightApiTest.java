package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** /api/v1/graph, /stats and /stream: readers only, problems passed on, the event stream relayed as it comes. */
@QuarkusTest
@WithTestResource(StubServices.class)
class InsightApiTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/api/v1/stream")
    URI stream;

    @Test
    void aReaderGetsTheGraphAndTheStats() {
        given().header("X-API-Key", Keys.READER).queryParam("entity", "person:mike-pompeo").get("/api/v1/graph")
                .then().statusCode(200).body("nodes[1].id", equalTo("org:huawei")).body("edges[0].articles", equalTo(2));
        given().header("X-API-Key", Keys.READER).get("/api/v1/stats")
                .then().statusCode(200).body("articles", equalTo(5)).body("articlesBySource[0].key", equalTo("BBC"));
    }

    @Test
    void theGraphsSearchFiltersPassOnToQueryService() {
        given().header("X-API-Key", Keys.READER).queryParam("entity", "org:huawei").queryParam("q", "security")
                .queryParam("source", "BBC").queryParam("from", "2020-01-01").get("/api/v1/graph")
                .then().statusCode(200).body("nodes.id", contains("org:huawei")).body("nodes[0].weight", equalTo(1));
    }

    @Test
    void theOpenApiDocumentListsTheThree() {
        given().accept("application/json").get("/api/v1/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/graph"))
                .body("paths", hasKey("/api/v1/stats"))
                .body("paths", hasKey("/api/v1/stream"))
                .body("components.schemas", hasKey("Stats"));
    }

    @Test
    void withoutAKeyAllThreeAre401() {
        for (String path : List.of("/api/v1/graph", "/api/v1/stats", "/api/v1/stream")) {
            given().get(path).then().statusCode(401);
        }
    }

    @Test
    void query404And400ProblemsPassThrough() {
        given().header("X-API-Key", Keys.READER).queryParam("entity", "person:nobody").get("/api/v1/graph")
                .then().statusCode(404).contentType(PROBLEM).body("title", equalTo("Entity not found"));
        given().header("X-API-Key", Keys.READER).queryParam("limit", "0").get("/api/v1/graph")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("limit"));
        given().header("X-API-Key", Keys.READER).queryParam("q", "refused").get("/api/v1/stream")
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Bad request"));
    }

    @Test
    void anOverlongStreamFilterIsRefusedAtTheEdge() {
        given().header("X-API-Key", Keys.READER).queryParam("q", "x".repeat(201)).get("/api/v1/stream")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void theStreamIsRelayedEventByEventNotBufferedAndFiltersPassOn() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?entity=person%3Amike-pompeo&q=huawei"))
                .header("X-API-Key", Keys.READER).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .get(30, TimeUnit.SECONDS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            // the stub holds the second event back until the first has arrived here: a buffering gateway would hang
            List<String> first = event(lines);
            assertThat(first).containsExactly(": connected");
            assertThat(event(lines)).containsExactly("event: article", "id: a-1",
                    "data: {\"id\":\"a-1\",\"title\":\"entity=person:mike-pompeo&q=huawei\"}");
            StubServices.SECOND_EVENT.countDown();
            assertThat(event(lines)).containsExactly("event: article", "id: a-2", "data: {\"id\":\"a-2\"}");
            assertThat(lines.readLine()).isNull();
        }
    }

    /** The lines of the next event, up to the blank line that ends it. */
    private static List<String> event(BufferedReader lines) throws Exception {
        List<String> event = new ArrayList<>();
        for (String line = lines.readLine(); line != null && !line.isEmpty(); line = lines.readLine()) {
            event.add(line);
        }
        return event;
    }
}
