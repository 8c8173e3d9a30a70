package io.newslens.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every rendered object is well-formed for the API it claims: strict schema, known apiVersion, no unknown fields. */
class ManifestSchemaTest {

    /** apiVersions the manifests may use: current GA APIs and the operators' served versions; no removed betas. */
    static final Set<String> ALLOWED_API_VERSIONS = Set.of("v1", "apps/v1", "policy/v1", "networking.k8s.io/v1",
            "rbac.authorization.k8s.io/v1", "autoscaling/v2", "keda.sh/v1alpha1", "kafka.strimzi.io/v1",
            "postgresql.cnpg.io/v1", "opensearch.org/v1", "monitoring.coreos.com/v1");

    /**
     * APIs with no schema in the shared folder: the Prometheus Operator's PodMonitor. Skipped here on purpose, and
     * checked field by field and against the pods it selects by {@code ObservabilityManifestsTest}.
     */
    static final Set<String> WITHOUT_SCHEMA = Set.of("monitoring.coreos.com/v1");

    /** Kinds Fabric8's typed model covers; the custom resources are checked by their CRD schemas. */
    static final Set<String> BUILT_IN = Set.of("v1", "apps/v1", "policy/v1", "networking.k8s.io/v1",
            "rbac.authorization.k8s.io/v1", "autoscaling/v2");

    @BeforeAll
    static void requirements() {
        assumeTrue(K8sSchemas.available(), "Skipped: no schemas at " + K8sSchemas.DIR.toAbsolutePath()
                + " (../shared sits beside the checkout)");
        assumeTrue(RenderedManifests.kubectlAvailable(), "Skipped: kubectl is not installed (.ci/run installs it)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectMatchesItsStrictSchema(String overlay) {
        List<String> problems = new ArrayList<>();
        for (JsonNode o : RenderedManifests.overlay(overlay)) {
            if (WITHOUT_SCHEMA.contains(o.path("apiVersion").asText())) {
                continue;
            }
            K8sSchemas.violations(o).forEach(v -> problems.add(RenderedManifests.id(o) + ": " + v));
        }
        assertThat(problems).isEmpty();
        assertThat(RenderedManifests.overlay(overlay)).hasSizeGreaterThan(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyAllowedApiVersions(String overlay) {
        assertThat(RenderedManifests.overlay(overlay)).allSatisfy(o ->
                assertThat(ALLOWED_API_VERSIONS).as(RenderedManifests.id(o)).contains(o.path("apiVersion").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void builtInKindsHaveNoFieldUnknownToTheKubernetesModel(String overlay) {
        List<String> problems = new ArrayList<>();
        RenderedManifests.overlay(overlay).stream()
                .filter(o -> BUILT_IN.contains(o.path("apiVersion").asText()))
                .forEach(o -> StrictModel.unknownFields(o).forEach(f -> problems.add(RenderedManifests.id(o) + " " + f)));
        assertThat(problems).isEmpty();
    }

    /** The validator itself: the shared examples pass, and a misspelt field in any of them fails. */
    @Test
    void validatorAcceptsTheExamplesAndRejectsAnUnknownField() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> examples;
        try (Stream<Path> files = Files.walk(K8sSchemas.DIR.resolve("examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            JsonNode valid = json.readTree(example.toFile());
            assertThat(K8sSchemas.violations(valid)).as(example.toString()).isEmpty();
            ObjectNode broken = valid.deepCopy();
            ((ObjectNode) broken.path("metadata")).put("nmae", "typo");
            assertThat(K8sSchemas.violations(broken)).as(example + " with a typo").isNotEmpty();
        }
    }

    @Test
    void strictModelFindsAFieldKubernetesDoesNotHave() throws IOException {
        JsonNode service = new ObjectMapper().readTree("""
                {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "x"},
                 "spec": {"selector": {"a": "b"}, "ports": [{"port": 80, "targetport": 8080}]}}""");
        assertThat(StrictModel.unknownFields(service)).containsExactly("$.spec.ports[0].targetport");
    }
}
