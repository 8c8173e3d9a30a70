package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web UI built by Maven from src/main/webui is in the jar and served at /, without a key. */
@QuarkusTest
class WebUiTest {

    @Test
    void rootServesTheSinglePageAppWithAStrictContentSecurityPolicy() {
        given().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<div id=\"app\"></div>"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theBundleThePageNamesIsServedAndCachedForLong() {
        String page = given().get("/").asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
        org.assertj.core.api.Assertions.assertThat(script.find()).as("a hashed script in %s", page).isTrue();
        Response bundle = given().get(script.group(1));
        bundle.then().statusCode(200).contentType(containsString("javascript"))
                .header("Cache-Control", containsString("immutable"))
                .body(containsString("X-API-Key"));
    }

    @Test
    void swaggerUiGetsNoUiContentSecurityPolicy() {
        given().get("/api/v1/docs/").then().statusCode(200).header("Content-Security-Policy", nullValue());
    }
}
