package io.newslens.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The strict draft-04 JSON Schemas in {@code ../shared/k8s-schemas} (read in place, never copied), looked up by
 * apiVersion and kind as that folder's README describes.
 */
final class K8sSchemas {

    static final Path DIR = Path.of(System.getProperty("newslens.shared.dir", "../../shared"), "k8s-schemas");

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            b -> b.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV4())
                    .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
                    .build()));
    private static final Map<Path, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private K8sSchemas() {
    }

    static boolean available() {
        return Files.isDirectory(DIR);
    }

    static Path fileFor(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "core" : apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        return DIR.resolve(group).resolve(object.path("kind").asText().toLowerCase(Locale.ROOT) + "-" + version + ".json");
    }

    /** Every violation, as "path: message"; a missing schema is a violation too. */
    static List<String> violations(JsonNode object) {
        Path file = fileFor(object);
        if (!Files.isRegularFile(file)) {
            return List.of("no schema " + DIR.relativize(file) + " for " + object.path("apiVersion").asText());
        }
        JsonSchema schema = CACHE.computeIfAbsent(file, f -> {
            try (InputStream in = Files.newInputStream(f)) {
                return FACTORY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return schema.validate(object).stream().map(ValidationMessage::getMessage).toList();
    }
}
