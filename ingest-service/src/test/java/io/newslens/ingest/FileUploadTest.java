package io.newslens.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.newslens.devstack.testing.KafkaResource;
import io.newslens.devstack.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class FileUploadTest {

    @Test
    void eachFileIsAnsweredLikeABatchItem() {
        String tag = UUID.randomUUID().toString();
        byte[] text = ("Ferry services resumed on Friday after the strike ended, " + tag + ".")
                .getBytes(StandardCharsets.UTF_8);
        byte[] markdown = ("# Storm hits the coast\n\nThe **storm** reached the [coast](https://x.example) on Monday, "
                + tag + ".\n").getBytes(StandardCharsets.UTF_8);
        byte[] page = new String(HtmlFixtures.bytes("news-article.html"), StandardCharsets.UTF_8)
                .replace("Local businesses", "Local businesses (" + tag + ")").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = ("Caf\u00e9 closes, " + tag).getBytes(StandardCharsets.ISO_8859_1);

        JsonPath result = given()
                .multiPart("files", "ferry.txt", text, "text/plain")
                .multiPart("files", "storm.md", markdown, "text/markdown")
                .multiPart("files", "bridge.html", page, "text/html")
                .multiPart("files", "report.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .multiPart("files", "latin1.txt", latin1, "text/plain")
                .multiPart("files", "image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "text/plain")
                .multiPart("files", "again.txt", text, "text/plain")
                .multiPart("files", "page.txt", text, "image/png")
                .post("/articles/files")
                .then().statusCode(200)
                .body("total", equalTo(8)).body("accepted", equalTo(3)).body("duplicates", equalTo(1))
                .body("rejected", equalTo(4))
                .extract().jsonPath();

        assertThat(result.getList("items.status")).containsExactly("accepted", "accepted", "accepted", "rejected",
                "rejected", "rejected", "duplicate", "rejected");
        assertThat(result.getString("items[6].id")).isEqualTo(result.getString("items[0].id"));
        assertThat(result.getString("items[3].reason")).startsWith("report.pdf: unsupported file type");
        assertThat(result.getString("items[4].reason")).startsWith("latin1.txt: not UTF-8");
        assertThat(result.getString("items[5].reason")).startsWith("image.txt: binary");
        assertThat(result.getString("items[7].reason")).startsWith("page.txt: unsupported media type image/png");

        given().get("/articles/" + result.getString("items[1].id")).then().statusCode(200)
                .body("text", equalTo("Storm hits the coast\n\nThe storm reached the coast on Monday, " + tag + "."));
    }

    @Test
    void anHtmlPageIsStoredAsItsArticleWithThePagesMetadataAndRawHtml() {
        String id = given().multiPart("files", "bridge.htm", HtmlFixtures.bytes("news-article.html"))
                .post("/articles/files")
                .then().statusCode(200).body("items[0].status", org.hamcrest.Matchers.oneOf("accepted", "duplicate"))
                .extract().path("items[0].id");

        JsonPath article = given().get("/articles/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(article.getString("title")).isEqualTo("Harbour bridge reopens after two years of repairs");
        assertThat(article.getString("source")).isEqualTo("Riverside Gazette");
        assertThat(article.getString("url")).isEqualTo("https://gazette.example.org/2024/03/harbour-bridge-reopens");
        assertThat(article.getString("publishedAt")).isEqualTo("2024-03-05T07:30:00Z");
        assertThat(article.getString("language")).isEqualTo("en");
        assertThat(article.getString("text")).contains("The harbour bridge reopened to traffic on Tuesday morning")
                .doesNotContain("Share on Facebook", "taxpayers money", "All rights reserved");
        assertThat(Database.string("SELECT raw_text FROM ingest.article WHERE id = ?::uuid", id))
                .contains("<nav class=\"main-menu\">");
    }

    @Test
    void theRequestsOwnFieldsWinOverThePage() {
        String tag = UUID.randomUUID().toString();
        byte[] page = new String(HtmlFixtures.bytes("news-article.html"), StandardCharsets.UTF_8)
                .replace("Local businesses", "Local businesses (" + tag + ")").getBytes(StandardCharsets.UTF_8);

        String id = given().multiPart("files", "bridge.html", page, "text/html")
                .multiPart("source", "Wire Desk").multiPart("publishedAt", "2024-03-06T10:00:00Z")
                .post("/articles/files")
                .then().statusCode(200).body("items[0].status", equalTo("accepted"))
                .extract().path("items[0].id");

        given().get("/articles/" + id).then().statusCode(200)
                .body("source", equalTo("Wire Desk")).body("publishedAt", equalTo("2024-03-06T10:00:00Z"))
                .body("title", equalTo("Harbour bridge reopens after two years of repairs"));
    }

    @Test
    void limitsAndBadRequestsFailAsAWhole() {
        RequestSpecification tooMany = given();
        for (int i = 0; i <= 100; i++) {
            tooMany.multiPart("files", "f" + i + ".txt", ("file " + i).getBytes(StandardCharsets.UTF_8), "text/plain");
        }
        tooMany.post("/articles/files").then().statusCode(413).contentType("application/problem+json");

        given().multiPart("files", "big.txt", new byte[5 * 1024 * 1024 + 1], "text/plain")
                .post("/articles/files").then().statusCode(413).contentType("application/problem+json");

        given().multiPart("note", "no file here").post("/articles/files")
                .then().statusCode(422).contentType("application/problem+json");

        given().multiPart("files", "a.txt", "A story.".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("publishedAt", "yesterday").multiPart("url", "ftp://example.org")
                .post("/articles/files").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("publishedAt", "url"));

        given().contentType("application/json").body("{\"text\": \"not a file\"}")
                .post("/articles/files").then().statusCode(415).contentType("application/problem+json");
    }
}
