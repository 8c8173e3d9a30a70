package io.newslens.query.service;

import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where the previous page ended: the sort values of its last hit (OpenSearch {@code search_after}), for the
 * order they were sorted in. Clients see it as opaque base64url of {@code {"sort":"DATE","after":[...]}}; a
 * cursor is only valid for the sort it came from.
 *
 * @param after numbers and strings, as OpenSearch returned them
 */
public record SearchCursor(SearchPage.Sort sort, List<Object> after) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public SearchCursor {
        after = List.copyOf(after);
    }

    public String encode() {
        ObjectNode node = JSON.createObjectNode().put("sort", sort.name());
        ArrayNode values = node.putArray("after");
        after.forEach(v -> values.add(JSON.valueToTree(v)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@code encoded} stands for; IllegalArgumentException if it is not one this service made. */
    public static SearchCursor decode(String encoded) {
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(encoded.strip()));
            SearchPage.Sort sort = SearchPage.Sort.valueOf(node.path("sort").asText());
            JsonNode values = node.path("after");
            int expected = sort == SearchPage.Sort.RELEVANCE ? 3 : 2;
            if (!values.isArray() || values.size() != expected) {
                throw new IllegalArgumentException("not a cursor");
            }
            List<Object> after = new ArrayList<>();
            for (JsonNode v : values) {
                if (v.isIntegralNumber()) {
                    after.add(v.asLong());
                } else if (v.isNumber()) {
                    after.add(v.asDouble());
                } else if (v.isTextual()) {
                    after.add(v.asText());
                } else {
                    throw new IllegalArgumentException("not a cursor");
                }
            }
            return new SearchCursor(sort, after);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }
}
