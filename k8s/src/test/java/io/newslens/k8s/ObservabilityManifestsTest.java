package io.newslens.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * k8s/observability as each overlay renders it. There is no schema for the Prometheus Operator's PodMonitor in the
 * shared schemas (ManifestSchemaTest skips it by name), so its fields are checked here against the few this
 * project uses, and its selector and port against the pods it is meant to scrape.
 */
class ObservabilityManifestsTest {

    private static final Set<String> POD_MONITOR_SPEC = Set.of("selector", "podMetricsEndpoints");
    private static final Set<String> ENDPOINT = Set.of("port", "path", "interval");

    @BeforeAll
    static void requirements() {
        assumeTrue(RenderedManifests.kubectlAvailable(), "Skipped: kubectl is not installed (.ci/run installs it)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceHasOnePodMonitorSelectingItsPodsOnANamedContainerPort(String overlay) {
        List<JsonNode> monitors = RenderedManifests.ofKind(overlay, "PodMonitor").toList();
        assertThat(monitors).hasSize(ManifestInvariantsTest.SERVICES.size());
        for (JsonNode d : RenderedManifests.ofKind(overlay, "Deployment").toList()) {
            Map<String, String> labels = ManifestInvariantsTest.labels(d.at("/spec/template/metadata/labels"));
            List<JsonNode> selecting = monitors.stream()
                    .filter(m -> ManifestInvariantsTest.selects(m.at("/spec/selector"), labels)).toList();
            assertThat(selecting).as(RenderedManifests.id(d)).hasSize(1);
            Set<String> ports = new TreeSet<>();
            d.at("/spec/template/spec/containers").forEach(c -> c.path("ports")
                    .forEach(p -> ports.add(p.path("name").asText())));
            JsonNode monitor = selecting.get(0);
            assertThat(fields(monitor.path("spec"))).isSubsetOf(POD_MONITOR_SPEC);
            assertThat(monitor.at("/spec/podMetricsEndpoints")).isNotEmpty();
            for (JsonNode endpoint : monitor.at("/spec/podMetricsEndpoints")) {
                assertThat(fields(endpoint)).isSubsetOf(ENDPOINT);
                assertThat(ports).as(RenderedManifests.id(monitor)).contains(endpoint.path("port").asText());
                assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
                assertThat(endpoint.path("interval").asText()).matches("\\d+s");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theMonitoringNamespaceMayReachEveryServicesMetricsPort(String overlay) {
        for (JsonNode d : RenderedManifests.ofKind(overlay, "Deployment").toList()) {
            Map<String, String> labels = ManifestInvariantsTest.labels(d.at("/spec/template/metadata/labels"));
            Set<Integer> ports = new TreeSet<>();
            d.at("/spec/template/spec/containers").forEach(c -> c.path("ports")
                    .forEach(p -> ports.add(p.path("containerPort").asInt())));
            boolean open = RenderedManifests.ofKind(overlay, "NetworkPolicy")
                    .filter(p -> ManifestInvariantsTest.selects(p.at("/spec/podSelector"), labels))
                    .flatMap(p -> StreamSupport.stream(p.at("/spec/ingress").spliterator(), false))
                    .filter(rule -> StreamSupport.stream(rule.path("from").spliterator(), false).anyMatch(f ->
                            "monitoring".equals(f.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name")
                                    .asText())))
                    .anyMatch(rule -> StreamSupport.stream(rule.path("ports").spliterator(), false)
                            .anyMatch(p -> ports.contains(p.path("port").asInt())));
            assertThat(open).as(RenderedManifests.id(d)).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theDashboardIsAConfigMapTheGrafanaSidecarPicksUp(String overlay) throws IOException {
        JsonNode map = RenderedManifests.find(overlay, "ConfigMap", "newslens-grafana-dashboard").orElseThrow();
        assertThat(map.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
        String json = map.at("/data/newslens-dashboard.json").asText();
        JsonNode dashboard = new ObjectMapper().readTree(json);
        assertThat(dashboard).isEqualTo(new ObjectMapper().readTree(
                Files.readString(RenderedManifests.K8S.resolve("observability/newslens-dashboard.json"))));
        assertThat(dashboard.path("panels")).hasSizeGreaterThanOrEqualTo(4);
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
