package io.newslens.nlp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The JSON Schemas the contracts module publishes, for checking what this service writes. */
public final class ContractSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ContractSchemas() {
    }

    /** Asserts that {@code json} is valid against {@code schemas/<name>.schema.json} of the contracts jar. */
    public static void assertValid(String name, String json) {
        try (InputStream in = ContractSchemas.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            assertThat(in).as("schema %s in the contracts jar", name).isNotNull();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(MAPPER.readTree(in));
            JsonNode document = MAPPER.readTree(json);
            assertThat(schema.validate(document)).as("%s violations of %s", name, json).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
