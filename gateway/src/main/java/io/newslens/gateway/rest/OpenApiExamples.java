package io.newslens.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.api.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
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
    private final Map<String, Object> problems = read(DIRECTORY + "problems.json", Map.class);

    /** The examples of one operation; both parts optional. */
    record OperationExamples(Map<String, Object> request, Map<String, Map<String, Object>> responses) {
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String name = path.substring(PREFIX.length()) + "/" + method.name().toLowerCase(Locale.ROOT) + ".json";
            OperationExamples examples = read(DIRECTORY + name, OperationExamples.class);
            String where = method + " " + path;
            if (examples != null && examples.request() != null) {
                examples.request().forEach((type, example) ->
                        mediaType(operation.getRequestBody() == null ? null : operation.getRequestBody().getContent(),
                                type, where + " request").setExample(example));
            }
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                    && !operation.getResponses().hasAPIResponse("429")) {
                operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                        .description("Rate limit of the key reached; Retry-After says when to try again"));
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                Map<String, Object> byType = examples == null || examples.responses() == null
                        ? null : examples.responses().get(status);
                if (status.startsWith("4") || status.startsWith("5")) {
                    declareProblem(response, status, byType == null ? null : byType.get(Problem.MEDIA_TYPE), where);
                } else if (byType != null) {
                    byType.forEach((type, example) ->
                            mediaType(response.getContent(), type, where + " " + status).setExample(example));
                }
            });
        }));
    }

    private void declareProblem(APIResponse response, String status, Object example, String where) {
        Object problem = example != null ? example : problems == null ? null : problems.get(status);
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
