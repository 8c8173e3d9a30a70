package io.newslens.gateway;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** query-service stopped: ingestion goes on, reads fail fast with 503, and the circuit opens. */
@QuarkusTest
@WithTestResource(value = StubServices.class, initArgs = @ResourceArg(name = "down", value = "query"))
class QueryServiceDownTest {

    @Test
    void ingestStillWorks() {
        given().header("X-API-Key", Keys.WRITER).contentType("application/json").body(Map.of("text", "Acme grows."))
                .post("/api/v1/articles").then().statusCode(202);
    }

    @Test
    void searchIsAQuick503AndTheCircuitOpens() {
        // The breaker opens after repeated failures; it may half-open again 5 s later on a slow machine,
        // so the check is that some answer came from the open circuit, not that the last one did.
        boolean sawOpenCircuit = false;
        for (int i = 0; i < 15; i++) {
            io.restassured.response.Response r = given().header("X-API-Key", Keys.READER)
                    .get("/api/v1/articles?q=acme");
            r.then().statusCode(503).contentType("application/problem+json");
            sawOpenCircuit |= "5".equals(r.header("Retry-After")) && r.body().asString().contains("paused");
        }
        org.assertj.core.api.Assertions.assertThat(sawOpenCircuit).isTrue();
    }
}
