package io.newslens.ingest.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.Problem;
import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.service.BatchItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits a batch body, a JSON array or NDJSON (one article per line), into items, each a valid submission or a
 * rejection naming its invalid fields, so one bad item never sinks the batch. Only a body that is not a batch at
 * all fails as a whole: {@link NotABatch} (400/422) or {@link BatchTooLarge} (413, as soon as the limit is
 * passed, without reading the rest). CPU work on a possibly large body: call it from the {@code ingest-prep}
 * pool, never from the event loop.
 */
@ApplicationScoped
public class BatchParser {

    private final ObjectMapper json;
    private final Validator validator;
    private final int maxItems;

    public BatchParser(ObjectMapper json, Validator validator, IngestConfig config) {
        this.json = json;
        this.validator = validator;
        this.maxItems = config.batch().maxItems();
    }

    /** Blocking (CPU). */
    public List<BatchItem> parseJsonArray(byte[] body) {
        List<BatchItem> items = new ArrayList<>();
        try (JsonParser parser = json.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw NotABatch.notAnArray();
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw NotABatch.malformed("the JSON array is not closed");
                }
                checkLimit(items.size());
                JsonNode node = json.readTree(parser);
                items.add(item(items.size(), node));
            }
            if (parser.nextToken() != null) {
                throw NotABatch.malformed("unexpected content after the JSON array");
            }
        } catch (JsonProcessingException e) {
            throw NotABatch.malformed(e.getOriginalMessage());
        } catch (IOException e) {
            throw NotABatch.malformed(e.getMessage());
        }
        return items;
    }

    /** Blocking (CPU). Blank lines are skipped; a line that is not JSON rejects that item only. */
    public List<BatchItem> parseNdjson(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        List<BatchItem> items = new ArrayList<>();
        int readable = 0;
        for (String line : text.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            checkLimit(items.size());
            JsonNode node;
            try {
                node = json.readTree(line);
                readable++;
            } catch (JsonProcessingException e) {
                items.add(new BatchItem.Rejected(items.size(), "malformed JSON: " + e.getOriginalMessage(), null));
                continue;
            }
            items.add(item(items.size(), node));
        }
        if (items.isEmpty()) {
            throw NotABatch.empty();
        }
        if (readable == 0) {
            throw NotABatch.malformed("no line of the body is JSON");
        }
        return items;
    }

    private void checkLimit(int itemsSoFar) {
        if (itemsSoFar >= maxItems) {
            throw new BatchTooLarge(maxItems);
        }
    }

    private BatchItem item(int index, JsonNode node) {
        if (node == null || !node.isObject()) {
            return new BatchItem.Rejected(index, "an item must be a JSON object (an article)", null);
        }
        ArticleSubmission submission;
        try {
            submission = json.treeToValue(node, ArticleSubmission.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(f -> f != null).collect(Collectors.joining("."));
            String message = e.getOriginalMessage();
            return new BatchItem.Rejected(index, "invalid value" + (field.isEmpty() ? "" : " for field '" + field + "'"),
                    field.isEmpty() ? null : List.of(new Problem.FieldError(field, message)));
        } catch (JsonProcessingException e) {
            return new BatchItem.Rejected(index, "invalid item: " + e.getOriginalMessage(), null);
        }
        Set<ConstraintViolation<ArticleSubmission>> violations = validator.validate(submission);
        if (violations.isEmpty()) {
            return new BatchItem.Valid(index, submission);
        }
        List<Problem.FieldError> errors = SubmissionErrors.of(violations);
        return new BatchItem.Rejected(index,
                errors.stream().map(Problem.FieldError::message).collect(Collectors.joining("; ")), errors);
    }
}
