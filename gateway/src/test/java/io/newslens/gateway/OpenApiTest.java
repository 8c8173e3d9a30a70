package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.newslens.contracts.api.Problem;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one public OpenAPI document covers every routed endpoint, with schemas and examples, and needs no key. */
@QuarkusTest
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

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
        List<String> undocumented = new ArrayList<>();
        forEachOperation(document(), (where, operation) -> {
            JsonNode responses = operation.path("responses");
            boolean documented = responses.has("204") || fields(responses).stream().anyMatch(r -> r.getKey()
                    .startsWith("2") && !r.getValue().path("content").isEmpty());
            if (!documented) {
                undocumented.add(where);
            }
        });
        assertThat(undocumented).isEmpty();
    }

    /**
     * Every request body and every answer with a body carries an example, error answers a problem+json one,
     * and each example is valid against the schema it sits next to. Objects are checked as closed
     * (additionalProperties false), so an example cannot use a property name the schema does not know.
     * NDJSON examples are checked line by line.
     */
    @Test
    void everyOperationHasExamplesValidAgainstTheirSchemas() {
        JsonNode document = document();
        ObjectNode components = (ObjectNode) document.get("components").deepCopy();
        closeObjects(components);
        List<String> missing = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        forEachOperation(document, (where, operation) -> {
            for (Map.Entry<String, JsonNode> body : bodies(where, operation)) {
                JsonNode example = body.getValue().get("example");
                if (example == null) {
                    missing.add(body.getKey());
                    continue;
                }
                if (body.getKey().endsWith(" " + Problem.MEDIA_TYPE)
                        && !body.getKey().contains(" " + example.path("status").asText() + " ")) {
                    invalid.add(body.getKey() + ": the problem example has another status");
                }
                JsonSchema schema = schema(body.getValue().get("schema"), components);
                for (JsonNode instance : instances(body.getKey(), example)) {
                    schema.validate(instance).forEach(error -> invalid.add(body.getKey() + ": " + error));
                }
            }
            fields(operation.path("responses")).stream()
                    .filter(r -> !r.getKey().startsWith("2") && !r.getValue().path("content").has(Problem.MEDIA_TYPE))
                    .forEach(r -> missing.add(where + " " + r.getKey() + " " + Problem.MEDIA_TYPE));
        });
        assertSoftly(softly -> {
            softly.assertThat(missing).as("bodies without an example").isEmpty();
            softly.assertThat(invalid).as("examples not valid against their schema").isEmpty();
        });
    }

    /** The filter looks files up by operation: a file whose operation was renamed or removed would go unread. */
    @Test
    void everyExampleFileBelongsToAnOperation() throws IOException {
        Path directory = Path.of("src/main/resources/openapi-examples");
        Set<String> expected = new HashSet<>(Set.of("problems.json"));
        forEachOperation(document(), (where, operation) -> {
            String[] methodAndPath = where.split(" ");
            expected.add(methodAndPath[1].substring("/api/v1/".length()) + "/"
                    + methodAndPath[0].toLowerCase(Locale.ROOT) + ".json");
        });
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile).map(file -> directory.relativize(file).toString())
                    .filter(file -> !expected.contains(file)).toList()).as("files of no operation").isEmpty();
        }
    }

    /** The request body and answer bodies of an operation by media type, named "POST /api/v1/x 200 application/json". */
    private static List<Map.Entry<String, JsonNode>> bodies(String where, JsonNode operation) {
        List<Map.Entry<String, JsonNode>> bodies = new ArrayList<>();
        fields(operation.path("requestBody").path("content"))
                .forEach(e -> bodies.add(Map.entry(where + " request " + e.getKey(), e.getValue())));
        for (Map.Entry<String, JsonNode> response : fields(operation.path("responses"))) {
            fields(response.getValue().path("content")).forEach(e -> bodies.add(Map.entry(
                    where + " " + response.getKey() + " " + e.getKey(), e.getValue())));
        }
        return bodies;
    }

    private static JsonNode document() {
        String json = given().queryParam("format", "json").get("/api/v1/openapi").then().statusCode(200)
                .extract().asString();
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void forEachOperation(JsonNode document, BiConsumer<String, JsonNode> action) {
        for (Map.Entry<String, JsonNode> path : fields(document.get("paths"))) {
            for (Map.Entry<String, JsonNode> operation : fields(path.getValue())) {
                action.accept(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), operation.getValue());
            }
        }
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        return fields;
    }

    /** The schema, with the document's components beside it so that its $refs resolve. */
    private static JsonSchema schema(JsonNode schema, ObjectNode components) {
        ObjectNode root = JSON.createObjectNode().put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schema.deepCopy());
        closeObjects(root);
        root.set("components", components);
        return SCHEMAS.getSchema(root, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("properties").isObject()
                && "object".equals(object.path("type").asText())) {
            object.put("additionalProperties", false);
        }
        node.forEach(OpenApiTest::closeObjects);
    }

    /** An NDJSON example is several documents, one per line. */
    private static List<JsonNode> instances(String where, JsonNode example) {
        if (!where.endsWith(" application/x-ndjson")) {
            return List.of(example);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : example.asText().split("\n")) {
            try {
                lines.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new AssertionError(where + ": a line is not JSON: " + line, e);
            }
        }
        return lines;
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/api/v1/docs/").then().statusCode(200);
    }
}
