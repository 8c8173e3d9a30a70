package io.newslens.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every error leaves as application/problem+json from the contracts mappers, naming what was wrong. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
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
    void searchWithoutQIsA422ProblemNamingQ() {
        given().get("/articles")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("status", equalTo(422))
                .body("errors.field", hasItem("q"));
    }

    @Test
    void searchWithABlankQIsA422ProblemNamingQ() {
        given().queryParam("q", "   ").get("/articles")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("q"));
    }

    @Test
    void limitZeroIsA422ProblemNamingLimit() {
        given().queryParam("q", "acme").queryParam("limit", 0).get("/articles")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("limit"))
                .body("detail", containsString("between 1 and 100"));
    }

    @Test
    void limitAboveTheMaximumIsA422ProblemNamingLimit() {
        given().queryParam("q", "acme").queryParam("limit", 101).get("/articles")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void limitAtTheMaximumIsAccepted() {
        given().queryParam("q", "acme").queryParam("limit", 100).get("/articles")
                .then().statusCode(200);
    }

    @Test
    void limitThatIsNotANumberIsA422ProblemNamingLimit() {
        given().queryParam("q", "acme").queryParam("limit", "ten").get("/articles")
                .then().statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("limit"));
    }
}
