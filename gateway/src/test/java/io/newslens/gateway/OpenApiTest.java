package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one public OpenAPI document covers every routed endpoint, with schemas, and needs no key. */
@QuarkusTest
class OpenApiTest {

    @Test
    void documentListsEveryPublicEndpoint() {
        given().accept("application/json").get("/api/v1/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/articles"))
                .body("paths", hasKey("/api/v1/articles/batch"))
                .body("paths", hasKey("/api/v1/articles/{id}"))
                .body("paths", hasKey("/api/v1/articles/{id}/status"))
                .body("paths", hasKey("/api/v1/status"))
                .body("paths", hasKey("/api/v1/analyze"))
                .body("paths", hasKey("/api/v1/entities"))
                .body("paths", hasKey("/api/v1/entities/{id}"))
                .body("paths", hasKey("/api/v1/quotes"))
                .body("paths", hasKey("/api/v1/admin/republish"))
                .body("paths", hasKey("/api/v1/articles/files"))
                .body("paths", hasKey("/api/v1/feeds"))
                .body("paths", hasKey("/api/v1/admin/deployments"))
                .body("paths", hasKey("/api/v1/admin/nlp/replicas"))
                .body("paths", hasKey("/api/v1/admin/reindex"))
                .body("paths", hasKey("/api/v1/timeline"))
                .body("paths", hasKey("/api/v1/graph"))
                .body("paths", hasKey("/api/v1/stats"))
                .body("paths", hasKey("/api/v1/stream"))
                .body("paths", hasKey("/api/v1/feeds/{id}"))
                .body("paths.'/api/v1/articles'.post.requestBody", notNullValue())
                .body("components.schemas", hasKey("ArticleSubmission"))
                .body("components.schemas", hasKey("BatchResult"));
    }

    @Test
    void everyOperationDocumentsTheSchemaOfItsSuccessfulAnswer() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/api/v1/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> undocumented = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (method.equals("delete") || path.equals("/api/v1/stream")) {
                return; // 204 without a body; a byte stream of Server-Sent Events
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            boolean documented = responses.entrySet().stream().anyMatch(r -> r.getKey().startsWith("2")
                    && r.getValue().get("content") instanceof Map<?, ?> content && !content.isEmpty());
            if (!documented) {
                undocumented.add(method.toUpperCase() + " " + path);
            }
        }));
        org.assertj.core.api.Assertions.assertThat(undocumented).isEmpty();
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/api/v1/docs/").then().statusCode(200);
    }
}
