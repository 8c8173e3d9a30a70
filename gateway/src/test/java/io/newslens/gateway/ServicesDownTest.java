package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With nothing listening behind it, the gateway answers 503 problems quickly instead of hanging or failing with 500. */
@QuarkusTest
@TestProfile(ServicesDownTest.NothingBehind.class)
class ServicesDownTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticate() {
        Keys.useByDefault(Keys.ADMIN);
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetKey() {
        Keys.reset();
    }

    public static class NothingBehind implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 1 (tcpmux) is never served here: connections are refused at once. A "free" port could be
            // taken by another process between picking and using it.
            return Map.of("quarkus.rest-client.ingest.url", "http://localhost:1",
                    "quarkus.rest-client.query.url", "http://localhost:1");
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
