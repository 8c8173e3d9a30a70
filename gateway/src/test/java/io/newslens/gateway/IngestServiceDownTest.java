package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ingest-service stopped: reads go on; ingestion answers 503. */
@QuarkusTest
@WithTestResource(value = StubServices.class, initArgs = @ResourceArg(name = "down", value = "ingest"))
class IngestServiceDownTest {

    @Test
    void readsStillWork() {
        given().header("X-API-Key", Keys.READER).get("/api/v1/articles/done").then().statusCode(200)
                .body("status", equalTo("ENRICHED"));
        given().header("X-API-Key", Keys.READER).get("/api/v1/articles?q=acme").then().statusCode(200);
    }

    @Test
    void ingestionIs503() {
        given().header("X-API-Key", Keys.WRITER).contentType("application/json").body(Map.of("text", "Acme grows."))
                .post("/api/v1/articles").then().statusCode(503).contentType("application/problem+json");
    }
}
