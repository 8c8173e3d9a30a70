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
 * Where the previous page ended, for the order it was sorted in. Unfolded search pages by keyset: the sort values of
 * the last hit (OpenSearch {@code search_after}). Folded search pages by position, the number of stories already
 * shown ({@code from}), because OpenSearch 2.x cannot combine {@code collapse} with {@code search_after}. Clients see
 * opaque base64url of {@code {"sort":"DATE","after":[...]}} or {@code {"sort":"DATE","from":20}}; a cursor is only
 * valid for the sort and the folding it came from.
 *
 * @param after numbers and strings, as OpenSearch returned them; empty for a folded cursor
 * @param from  stories already shown, for a folded cursor; null for a keyset one
 */
public record SearchCursor(SearchPage.Sort sort, List<Object> after, Integer from) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public SearchCursor {
        after = List.copyOf(after);
    }

    public SearchCursor(SearchPage.Sort sort, List<Object> after) {
        this(sort, after, null);
    }

    /** The cursor of a folded page that follows {@code from} stories. */
    public static SearchCursor folded(SearchPage.Sort sort, int from) {
        return new SearchCursor(sort, List.of(), from);
    }

    public boolean isFolded() {
        return from != null;
    }

    public String encode() {
        ObjectNode node = JSON.createObjectNode().put("sort", sort.name());
        if (isFolded()) {
            node.put("from", from);
        } else {
            ArrayNode values = node.putArray("after");
            after.forEach(v -> values.add(JSON.valueToTree(v)));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@code encoded} stands for; IllegalArgumentException if it is not one this service made. */
    public static SearchCursor decode(String encoded) {
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(encoded.strip()));
            SearchPage.Sort sort = SearchPage.Sort.valueOf(node.path("sort").asText());
            if (node.has("from")) {
                JsonNode from = node.get("from");
                if (!from.canConvertToInt() || !from.isIntegralNumber() || from.asInt() < 1) {
                    throw new IllegalArgumentException("not a cursor");
                }
                return folded(sort, from.asInt());
            }
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
