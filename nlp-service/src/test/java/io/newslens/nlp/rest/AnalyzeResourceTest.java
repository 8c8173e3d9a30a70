package io.newslens.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;

import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.devstack.testing.KafkaResource;
import io.newslens.nlp.service.ArticleEnricher;
import io.newslens.nlp.service.NlpPipeline;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaResource.class)
class AnalyzeResourceTest {

    private static final String TEXT = "Secretary of State Mike Pompeo said on Thursday, Jan. 30 that Huawei was a threat.\n"
            + "\u201cHuawei is a hypocritical bully,\u201d Pompeo said. Huawei had pledged $15bn and $30bn "
            + "to research, and a supplier paid \u00a31.2m in fines, the company said.";

    @Inject
    NlpPipeline pipeline;

    @Test
    void analyzeAnswersEntitiesQuotesDatesAmountsKeywordsAndToneOfTheText() throws Exception {
        pipeline.whenReady().toCompletableFuture().get(3, TimeUnit.MINUTES);
        int pledged = TEXT.indexOf("$15bn");
        given().contentType(ContentType.JSON)
                .body(Map.of("text", TEXT, "title", "Pompeo on Huawei", "publishedAt", "2020-01-31T15:00:00Z"))
                .when().post("/analyze")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("nlpVersion", equalTo(ArticleEnricher.NLP_VERSION))
                .body("entities.id", hasItems("person:mike-pompeo", "organization:huawei"))
                .body("entities.find { it.id == 'person:mike-pompeo' }.mentions[0].text", equalTo("Mike Pompeo"))
                .body("quotes[0].text", equalTo("Huawei is a hypocritical bully,"))
                .body("quotes[0].speaker.id", equalTo("person:mike-pompeo"))
                .body("dates[0].text", equalTo("Thursday, Jan. 30"))
                .body("dates[0].value", equalTo("2020-01-30"))
                .body("amounts.text", hasItems("$15bn", "$30bn", "\u00a31.2m"))
                .body("amounts[0].start", equalTo(pledged))
                .body("amounts[0].value", equalTo(1.5e10f))
                .body("amounts[0].currency", equalTo("USD"))
                .body("amounts[2].currency", equalTo("GBP"))
                .body("keywords", not(empty()))
                .body("keywords.phrase", hasItem("research"))
                .body("tone.document", lessThan(0f))
                .body("tone.entities.entityId", hasItem("person:mike-pompeo"));
    }

    @Test
    void emptyTextIs422NamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("text", " "))
                .when().post("/analyze")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void textOverTheArticleLimitIs413() {
        given().contentType(ContentType.JSON).body(Map.of("text", "a".repeat(ArticleSubmission.MAX_TEXT_CHARS + 1)))
                .when().post("/analyze")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void aSentenceOverTheTokenLimitIs422WithTheLimitNamed() throws Exception {
        pipeline.whenReady().toCompletableFuture().get(3, TimeUnit.MINUTES);
        given().contentType(ContentType.JSON).body(Map.of("text", "Hello.\n" + "<div> ".repeat(1001)))
                .when().post("/analyze")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("Not annotatable: sentence 2 has 1,001 tokens, over the limit of 1,000 "
                        + "(newslens.nlp.max-sentence-tokens)"));
    }

    @Test
    void malformedJsonIs400AndAWrongDateIs422() {
        given().contentType(ContentType.JSON).body("{\"text\": ")
                .when().post("/analyze")
                .then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", "Hello.", "publishedAt", "yesterday"))
                .when().post("/analyze")
                .then().statusCode(422)
                .body("errors[0].field", startsWith("publishedAt"));
    }
}
