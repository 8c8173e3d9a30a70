package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StubServices.class)
class SecurityTest {

    @Test
    void noKeyIs401WithAChallenge() {
        given().get("/api/v1/articles?q=acme").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("X-API-Key"));
    }

    @Test
    void unknownKeyIs401() {
        given().header("X-API-Key", "not-a-key").get("/api/v1/articles?q=acme").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void readerMayReadButNotIngest() {
        given().header("X-API-Key", Keys.READER).get("/api/v1/articles?q=acme").then().statusCode(200);
        given().header("X-API-Key", Keys.READER).contentType("application/json").body(Map.of("text", "Acme grows."))
                .post("/api/v1/articles").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void writerMayIngest() {
        given().header("X-API-Key", Keys.WRITER).contentType("application/json").body(Map.of("text", "Acme grows."))
                .post("/api/v1/articles").then().statusCode(202);
    }

    @Test
    void answersCarryRateLimitHeaders() {
        given().header("X-API-Key", Keys.READER).get("/api/v1/articles/done").then().statusCode(200)
                .header("RateLimit-Limit", equalTo("600"))
                .header("RateLimit-Remaining", notNullValue());
    }

    @Test
    void documentationAndHealthNeedNoKey() {
        given().get("/api/v1/openapi").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }
}
