package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StubServices.class)
class FeedApiTest {

    @Test
    void anAdminRegistersAFeedAndLocationPointsAtTheGateway() {
        given().header("X-API-Key", Keys.ADMIN).contentType("application/json")
                .body(Map.of("url", "https://news.example.org/rss.xml", "intervalSeconds", 300))
                .post("/api/v1/feeds")
                .then().statusCode(201).header("Location", endsWith("/api/v1/feeds/f-1"))
                .body("id", equalTo("f-1")).body("lastStatus", equalTo("OK")).body("itemsIngested", equalTo(4));
    }

    @Test
    void readersAndWritersMayLookButNotManage() {
        for (String key : new String[] {Keys.READER, Keys.WRITER}) {
            given().header("X-API-Key", key).contentType("application/json")
                    .body(Map.of("url", "https://news.example.org/rss.xml")).post("/api/v1/feeds")
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("X-API-Key", key).delete("/api/v1/feeds/f-1")
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("X-API-Key", key).post("/api/v1/feeds/f-1/poll")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().header("X-API-Key", Keys.READER).get("/api/v1/feeds")
                .then().statusCode(200).body("[0].id", equalTo("f-1"));
        given().header("X-API-Key", Keys.READER).get("/api/v1/feeds/f-1")
                .then().statusCode(200).body("url", equalTo("https://news.example.org/rss.xml"));
        given().get("/api/v1/feeds").then().statusCode(401);
    }

    @Test
    void ingestsProblemsArePassedOn() {
        given().header("X-API-Key", Keys.ADMIN).contentType("application/json")
                .body(Map.of("url", "https://taken.example.org/rss.xml")).post("/api/v1/feeds")
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Feed already registered"));
        given().header("X-API-Key", Keys.ADMIN).contentType("application/json")
                .body(Map.of("url", "ftp://news.example.org/rss.xml")).post("/api/v1/feeds")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"));
        given().header("X-API-Key", Keys.ADMIN).get("/api/v1/feeds/f-404")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRegistrationWithoutUrlIsRefusedByTheGateway() {
        given().header("X-API-Key", Keys.ADMIN).contentType("application/json").body(Map.of("intervalSeconds", 300))
                .post("/api/v1/feeds")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("url"));
    }

    @Test
    void anAdminPollsAndRemovesAFeed() {
        given().header("X-API-Key", Keys.ADMIN).post("/api/v1/feeds/f-1/poll")
                .then().statusCode(200).body("lastStatus", equalTo("NOT_MODIFIED"));
        given().header("X-API-Key", Keys.ADMIN).delete("/api/v1/feeds/f-1").then().statusCode(204);
        given().header("X-API-Key", Keys.ADMIN).delete("/api/v1/feeds/f-2")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
