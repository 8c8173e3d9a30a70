package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Browsers: cross-origin calls only from the configured UI origin, and hardening headers on every answer. */
@QuarkusTest
@WithTestResource(StubServices.class)
class BrowserPolicyTest {

    private static final String UI = "http://ui.newslens.test";

    @Test
    void preflightFromTheUiOriginIsAllowed() {
        given().header("Origin", UI).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key,content-type")
                .options("/api/v1/articles").then()
                .header("Access-Control-Allow-Origin", equalTo(UI))
                .header("Access-Control-Allow-Headers", containsString("X-API-Key"));
    }

    @Test
    void otherOriginsGetNoCorsGrant() {
        given().header("Origin", "http://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/articles").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "http://evil.example").header("X-API-Key", Keys.READER)
                .get("/api/v1/articles?q=acme").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void answersCarrySecurityHeaders() {
        given().header("X-API-Key", Keys.READER).get("/api/v1/articles?q=acme").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
        given().get("/api/v1/articles?q=acme").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff");
    }
}
