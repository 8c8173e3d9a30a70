package io.newslens.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.api.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Puts examples into the OpenAPI document. They are data, kept as JSON under {@code openapi-examples/}: one file
 * per operation, named after its path and method ({@code articles/{id}/get.json} for GET /api/v1/articles/{id}),
 * holding {@code request} and {@code responses} examples by status and media type; {@code problems.json} holds a
 * problem per status for error answers an operation's file does not spell out. Every error answer is declared as
 * {@code application/problem+json}, and every operation behind a key can answer 429 (the rate limit).
 * A file naming a media type or status the operation does not have fails the build, so the examples cannot drift
 * from the endpoints unnoticed; OpenApiTest checks each example against its schema.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiExamples implements OASFilter {

    private static final String DIRECTORY = "openapi-examples/";
    private static final String PREFIX = "/api/v1/";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private final ObjectMapper json = new ObjectMapper();
    @SuppressWarnings("unchecked")
    private final Map<String, Object> problems = Objects.requireNonNull(read(DIRECTORY + "problems.json", Map.class),
            DIRECTORY + "problems.json");

    /** The examples of one operation by media type, of its request body and of its answers by status. */
    record OperationExamples(Map<String, Object> request, Map<String, Map<String, Object>> responses) {
        static final OperationExamples NONE = new OperationExamples(null, null);

        OperationExamples {
            request = request == null ? Map.of() : request;
            responses = responses == null ? Map.of() : responses;
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String file = path.substring(PREFIX.length()) + "/" + method.name().toLowerCase(Locale.ROOT) + ".json";
            OperationExamples examples = read(DIRECTORY + file, OperationExamples.class);
            annotate(method + " " + path, operation, examples == null ? OperationExamples.NONE : examples);
        }));
    }

    private void annotate(String where, Operation operation, OperationExamples examples) {
        examples.request().forEach((type, example) -> mediaType(operation.getRequestBody() == null ? null
                : operation.getRequestBody().getContent(), type, where + " request").setExample(example));
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                && !operation.getResponses().hasAPIResponse("429")) {
            operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("Rate limit of the key reached; Retry-After says when to try again"));
        }
        examples.responses().keySet().stream().filter(status -> !operation.getResponses().hasAPIResponse(status))
                .findAny().ifPresent(status -> {
                    throw new IllegalStateException("openapi-examples: " + where + " has no " + status + " answer");
                });
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            Map<String, Object> byType = examples.responses().getOrDefault(status, Map.of());
            if (status.startsWith("4") || status.startsWith("5")) {
                declareProblem(response, status, byType.get(Problem.MEDIA_TYPE), where);
            } else {
                byType.forEach((type, example) ->
                        mediaType(response.getContent(), type, where + " " + status).setExample(example));
            }
        });
    }

    private void declareProblem(APIResponse response, String status, Object example, String where) {
        Object problem = example != null ? example : problems.get(status);
        if (problem == null) {
            throw new IllegalStateException("No problem example for " + status + " (" + where + ") in problems.json");
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)).example(problem)));
    }

    private static MediaType mediaType(Content content, String type, String where) {
        MediaType mediaType = content == null ? null : content.getMediaType(type);
        if (mediaType == null) {
            throw new IllegalStateException("openapi-examples: " + where + " has no " + type + " content");
        }
        return mediaType;
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + resource, e);
        }
    }
}
