package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Bad requests to /entities and /quotes are problem documents that name what was wrong. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class EntityAndQuoteApiErrorsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownEntityIsA404Problem() {
        given().get("/entities/{id}", "person:nobody-at-all")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("title", equalTo("Entity not found"))
                .body("detail", containsString("person:nobody-at-all"));
    }

    @Test
    void autocompleteWithoutQIsA400ProblemNamingQ() {
        given().get("/entities").then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("q"));
    }

    @Test
    void autocompleteWithLimitZeroIsA400ProblemNamingLimit() {
        given().queryParam("q", "a").queryParam("limit", 0).get("/entities")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("limit"));
    }

    @Test
    void autocompleteWithAnUnknownTypeIsA400ProblemNamingType() {
        given().queryParam("q", "a").queryParam("type", "museum").get("/entities")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("type"));
        given().queryParam("q", "a").queryParam("type", "person").get("/entities").then().statusCode(200);
    }

    @Test
    void quotesWithAMalformedDateAreA400ProblemNamingIt() {
        given().queryParam("from", "yesterday").get("/quotes")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("from"));
        given().queryParam("to", "2026-02-30").get("/quotes")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("to"));
    }

    @Test
    void quotesWithToBeforeFromAreA400ProblemNamingTo() {
        given().queryParam("from", "2026-03-02").queryParam("to", "2026-03-01").get("/quotes")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("to"));
    }

    @Test
    void quotesWithLimitAboveTheMaximumAreA400ProblemNamingLimit() {
        given().queryParam("limit", 101).get("/quotes")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("limit"));
    }
}
