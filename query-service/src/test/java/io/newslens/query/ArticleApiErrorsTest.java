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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error leaves as application/problem+json from the contracts mappers, naming what was wrong. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(OpenSearchResource.class)
class ArticleApiErrorsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownArticleIsA404Problem() {
        given().get("/articles/{id}", "no-such-article")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("title", equalTo("Article not found"))
                .body("detail", containsString("no-such-article"))
                .body("type", equalTo("https://newslens.io/problems/404"));
    }

    @Test
    void searchWithoutQIsA400ProblemNamingQ() {
        given().get("/articles")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", hasItem("q"));
    }

    @Test
    void searchWithABlankQIsA400ProblemNamingQ() {
        given().queryParam("q", "   ").get("/articles")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("q"));
    }

    @Test
    void limitZeroIsA400ProblemNamingLimit() {
        given().queryParam("q", "acme").queryParam("limit", 0).get("/articles")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("limit"))
                .body("detail", containsString("between 1 and 100"));
    }

    @Test
    void limitAboveTheMaximumIsA400ProblemNamingLimit() {
        given().queryParam("q", "acme").queryParam("limit", 101).get("/articles")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void limitAtTheMaximumIsAccepted() {
        given().queryParam("q", "acme").queryParam("limit", 100).get("/articles")
                .then().statusCode(200);
    }

    @Test
    void limitThatIsNotANumberIsA400ProblemNamingLimit() {
        given().queryParam("q", "acme").queryParam("limit", "ten").get("/articles")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("limit"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "sort, popularity",
            "cursor, not-a-cursor",
            "cursor, eyJzb3J0IjoiREFURSIsImFmdGVyIjpbMV19",
            "from, 2026-13-01",
            "to, yesterday",
            "toneMin, 2",
            "toneMax, loud",
            "facets, 'entities,colours'",
            "fold, maybe",
            "cursor, eyJzb3J0IjoiREFURSIsImZyb20iOi0xfQ"})
    void aMalformedSearchParameterIsA400ProblemNamingIt(String parameter, String value) {
        given().queryParam("q", "acme").queryParam(parameter, value).get("/articles")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem(parameter));
    }

    @Test
    void aCursorOfTheOtherSortIsA400ProblemNamingCursor() {
        String dateCursor = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sort\":\"DATE\",\"after\":[1,\"a\"]}".getBytes());
        given().queryParam("q", "acme").queryParam("cursor", dateCursor).get("/articles")
                .then().statusCode(400)
                .body("errors.field", hasItem("cursor"))
                .body("detail", containsString("sort=date"));
    }

    @Test
    void toneMinAboveToneMaxIsA400ProblemNamingToneMin() {
        given().queryParam("q", "acme").queryParam("toneMin", "0.5").queryParam("toneMax", "0.1").get("/articles")
                .then().statusCode(400)
                .body("errors.field", hasItem("toneMin"));
    }

    @Test
    void searchWithNeitherTextNorEntityNorSourceIsA400ProblemNamingQ() {
        given().queryParam("language", "en").get("/articles")
                .then().statusCode(400)
                .body("errors.field", hasItem("q"));
    }

    @Test
    void anUnknownTimelineIntervalIsA400ProblemNamingInterval() {
        given().queryParam("q", "acme").queryParam("interval", "hour").get("/timeline")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("interval"));
    }
}
