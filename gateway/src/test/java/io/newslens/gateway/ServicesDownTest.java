package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.newslens.devstack.infra.FreePort;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With nothing listening behind it, the gateway answers 503 problems quickly instead of hanging or failing with 500. */
@QuarkusTest
@TestProfile(ServicesDownTest.NothingBehind.class)
class ServicesDownTest {

    public static class NothingBehind implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.ingest.url", "http://localhost:" + FreePort.pick(),
                    "quarkus.rest-client.query.url", "http://localhost:" + FreePort.pick());
        }
    }

    @Test
    void searchIs503WhenQueryServiceIsDown() {
        given().get("/api/v1/articles?q=acme").then().statusCode(503)
                .contentType("application/problem+json").body("detail", containsString("query-service"));
    }

    @Test
    void submissionIs503WhenIngestServiceIsDown() {
        given().contentType("application/json").body(Map.of("text", "Acme grows."))
                .post("/api/v1/articles").then().statusCode(503)
                .contentType("application/problem+json").body("detail", containsString("ingest-service"));
    }
}
