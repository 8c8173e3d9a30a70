package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StubServices.class)
class ArticleApiTest {

    @org.junit.jupiter.api.BeforeAll
    static void authenticate() {
        Keys.useByDefault(Keys.ADMIN);
    }

    @org.junit.jupiter.api.AfterAll
    static void forgetKey() {
        Keys.reset();
    }

    @Test
    void submissionIsForwardedAndLocationPointsAtTheGateway() {
        given().contentType("application/json").body(Map.of("text", "Acme grows.", "source", "Wire"))
                .post("/api/v1/articles")
                .then().statusCode(202)
                .header("Location", endsWith("/api/v1/articles/a-1"))
                .body("id", equalTo("a-1")).body("status", equalTo("RECEIVED"));
        assertThat(StubServices.INGESTED_BODIES).anyMatch(b -> b.contains("\"text\":\"Acme grows.\""));
    }

    @Test
    void aBodyThatIsNotUtf8IsA400ProblemAndNothingIsForwarded() {
        int forwarded = StubServices.INGESTED_BODIES.size();
        // An overlong '/' (C0 AF): Jackson alone let it through as text.
        byte[] overlong = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'a', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        given().contentType("application/json").body(overlong)
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The request body is not valid UTF-8"));
        given().contentType("application/x-ndjson").body(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"',
                        (byte) 0xFF, '"', '}', '\n'})
                .post("/api/v1/articles/batch")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(StubServices.INGESTED_BODIES).hasSize(forwarded);
    }

    @Test
    void aNumberOrBooleanWhereTextBelongsIsRefusedNotCoercedToAString() {
        for (String text : new String[] {"123", "1.5", "true"}) {
            given().contentType("application/json").body("{\"text\": " + text + "}")
                    .post("/api/v1/articles")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("text"));
        }
    }

    @Test
    void aDuplicateIsA200WithTheExistingId() {
        given().contentType("application/json").body(Map.of("text", "Text seen before."))
                .post("/api/v1/articles")
                .then().statusCode(200)
                .header("Location", endsWith("/api/v1/articles/a-0"))
                .body("duplicate", equalTo(true));
    }

    @Test
    void batchesAreForwardedAsJsonOrNdjson() {
        given().contentType("application/x-ndjson")
                .body("{\"text\":\"one\"}\n{\"text\":\"two\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/articles/batch")
                .then().statusCode(200).body("total", equalTo(2)).body("accepted", equalTo(2));
        given().contentType("application/json").body("[{\"text\":\"one\"}]")
                .post("/api/v1/articles/batch")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void uploadsReachIngestWithTheirBoundaryIntact() {
        given().multiPart("files", "acme.txt", "Acme opens a plant.".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "text/plain")
                .post("/api/v1/articles/files")
                .then().statusCode(200).body("accepted", equalTo(1));
    }

    @Test
    void analysisIsForwardedToNlpAndValidatedAtTheEdge() {
        given().contentType("application/json").body(Map.of("text", "Acme grows."))
                .post("/api/v1/analyze")
                .then().statusCode(200).body("entities[0].id", equalTo("organization:acme"));
        given().contentType("application/json").body(Map.of("text", " "))
                .post("/api/v1/analyze")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        given().contentType("application/json").body(Map.of("text", "x".repeat(200_001)))
                .post("/api/v1/analyze")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void entitiesAndQuotesComeFromTheReadModel() {
        given().get("/api/v1/entities?q=pomp").then().statusCode(200).body("[0].id", equalTo("person:mike-pompeo"));
        given().get("/api/v1/quotes?speaker=person:mike-pompeo").then().statusCode(200)
                .body("quotes[0].speakerName", equalTo("Mike Pompeo"));
        given().get("/api/v1/quotes?from=yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().get("/api/v1/entities/person:nobody").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void republishIsForAdminsAndPassesProgressOn() {
        String progress = given().contentType("application/json").body("{\"source\":\"Wire\"}")
                .post("/api/v1/admin/republish")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        org.assertj.core.api.Assertions.assertThat(progress.lines()).hasSize(2)
                .last().asString().contains("\"done\":true").contains("\"source\":\"Wire\"");
        given().header("X-API-Key", Keys.WRITER).contentType("application/json").body("{}")
                .post("/api/v1/admin/republish").then().statusCode(403);
    }

    @Test
    void batchesNeedTheWriterRole() {
        given().header("X-API-Key", Keys.READER).contentType("application/json").body("[{\"text\":\"one\"}]")
                .post("/api/v1/articles/batch")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void statusComesFromIngest() {
        given().get("/api/v1/articles/pending/status").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("history.size()", equalTo(2));
    }

    @Test
    void enrichedArticleComesFromTheReadModel() {
        given().get("/api/v1/articles/done").then().statusCode(200)
                .body("status", equalTo("ENRICHED"))
                .body("entities[0].mentions[0].text", equalTo("Acme"));
    }

    @Test
    void articleNotYetEnrichedShowsItsIngestStatus() {
        given().get("/api/v1/articles/pending").then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aServiceWhoseDatabaseIsDownIsA503NotA502() {
        given().get("/api/v1/articles/database-down").then().statusCode(503)
                .contentType("application/problem+json").body("status", equalTo(503));
    }

    @Test
    void unknownArticleIsAProblem404() {
        given().get("/api/v1/articles/nope").then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Article not found"));
    }

    @Test
    void searchIsForwarded() {
        given().get("/api/v1/articles?q=acme").then().statusCode(200)
                .body("total", equalTo(1)).body("hits[0].snippet", equalTo("<b>Acme</b> grows"));
    }

    @Test
    void everySearchParameterIsPassedOn() {
        given().queryParam("entity", "org:acme").queryParam("entity", "person:jane").queryParam("sort", "date")
                .queryParam("cursor", "c1").queryParam("facets", "entities").queryParam("toneMin", "0.1")
                .queryParam("from", "2026-03-01").queryParam("source", "Wire").queryParam("fold", "false")
                .get("/api/v1/articles").then().statusCode(200).body("nextCursor", equalTo("c2"));
    }

    @Test
    void timelineIsForwardedWithItsFilters() {
        given().queryParam("entity", "org:acme").queryParam("interval", "week").get("/api/v1/timeline")
                .then().statusCode(200).body("total", equalTo(2)).body("buckets[0].count", equalTo(2));
    }

    @Test
    void reindexIsForwardedForAdminsOnly() {
        given().post("/api/v1/admin/reindex").then().statusCode(200)
                .body("index", equalTo("articles-v1-20260301t100000")).body("indexed", equalTo(3));
        given().header("X-API-Key", Keys.READER).post("/api/v1/admin/reindex").then().statusCode(403);
    }

    @Test
    void searchValidatesItsParameters() {
        given().get("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
        given().get("/api/v1/articles?q=acme&limit=0").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().get("/api/v1/articles?q=acme&limit=ten").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void emptyTextIs422() {
        given().contentType("application/json").body(Map.of("text", ""))
                .post("/api/v1/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void missingBodyIs400() {
        given().contentType("application/json").body("")
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void malformedJsonIs400() {
        given().contentType("application/json").body("{text: nope")
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void wrongTypesAre422NamingTheField() {
        given().contentType("application/json").body("{\"text\": [1, 2]}")
                .post("/api/v1/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void wrongContentTypeIs415() {
        given().contentType("application/xml").body("<text>hi</text>")
                .post("/api/v1/articles")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void textOverTheLimitIs413() {
        given().contentType("application/json").body(Map.of("text", "x".repeat(200_001)))
                .post("/api/v1/articles")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void bodyOverTheLimitIs413BeforeItIsRead() {
        given().contentType("application/json").body("{\"text\":\"" + "x".repeat(4_200_000) + "\"}")
                .post("/api/v1/articles")
                .then().statusCode(413).contentType("application/problem+json");
    }
}
