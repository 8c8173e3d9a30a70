package io.newslens.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newslens.devstack.testing.OpenSearchResource;
import io.newslens.query.repository.ArticleIndex;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * What an upgrade finds: before query-service starts, the alias {@value #ALIAS} points at {@code upgrade-v1}, an
 * index of the first mapping (the current one without {@code storyId} and {@code duplicate}). Starts after {@link OpenSearchResource}.
 */
public class OlderIndexResource implements QuarkusTestResourceLifecycleManager {

    static final String ALIAS = "upgrade";
    static final String OLD_INDEX = ALIAS + "-v1";

    @Override
    public Map<String, String> start() {
        try (InputStream current = OlderIndexResource.class.getResourceAsStream("/opensearch/articles-v" + ArticleIndex.MAPPING_VERSION + ".json")) {
            ObjectNode index = (ObjectNode) new ObjectMapper().readTree(current);
            ((ObjectNode) index.at("/mappings/properties")).remove(List.of("storyId", "duplicate"));
            index.putObject("aliases").putObject(ALIAS);
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(OpenSearchResource.node().url() + "/" + OLD_INDEX))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(index.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Creating " + OLD_INDEX + ": " + answer.statusCode() + " " + answer.body());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Map.of("newslens.query.opensearch.alias", ALIAS);
    }

    @Override
    public void stop() {
        // the node and its data go with OpenSearchResource
    }

    @Override
    public int order() {
        return 1;
    }
}
