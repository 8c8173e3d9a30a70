package io.newslens.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.ingest.service.RepublishFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads {@code {"since": "2020-08-18" | "2020-08-18T17:40:40Z", "source": "...", "ids": ["uuid", ...]}}, every field
 * optional, an empty body meaning all articles. Strict, because a filter that is silently ignored would republish the
 * whole corpus: an unknown field, a date that is neither an ISO date nor an instant, or an id that is not a UUID is a
 * 422 naming the field.
 */
@ApplicationScoped
public class RepublishRequestParser {

    private static final Set<String> FIELDS = Set.of("since", "source", "ids");

    private final ObjectMapper json;

    public RepublishRequestParser(ObjectMapper json) {
        this.json = json;
    }

    public RepublishFilter parse(byte[] body) {
        if (body == null || body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return new RepublishFilter(null, null, null);
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new InvalidRepublishRequest("body", "not JSON");
        }
        if (!root.isObject()) {
            throw new InvalidRepublishRequest("body", "must be a JSON object");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidRepublishRequest(name, "unknown filter; use since, source or ids");
            }
        }
        return new RepublishFilter(since(root.get("since")), source(root.get("source")), ids(root.get("ids")));
    }

    private static Instant since(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String value = node.isTextual() ? node.asText() : "";
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidRepublishRequest("since", "must be an ISO-8601 date (2020-08-18) or instant "
                    + "(2020-08-18T17:40:40Z)");
        }
    }

    private static String source(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new InvalidRepublishRequest("source", "must be a non-empty string");
        }
        return node.asText().strip();
    }

    private static List<UUID> ids(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new InvalidRepublishRequest("ids", "must be a non-empty array of article ids");
        }
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            try {
                ids.add(UUID.fromString(node.get(i).asText()));
            } catch (IllegalArgumentException e) {
                throw new InvalidRepublishRequest("ids[" + i + "]", "not an article id");
            }
        }
        return ids;
    }
}
