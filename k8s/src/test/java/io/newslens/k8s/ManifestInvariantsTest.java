package io.newslens.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules the deployment promises, checked on what each overlay renders. */
class ManifestInvariantsTest {

    static final List<String> SERVICES = List.of("gateway", "ingest-service", "nlp-service", "query-service");

    /** Environment variables the container image reads itself (not Quarkus settings). */
    static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS_APPEND");

    @BeforeAll
    static void requirements() {
        assumeTrue(RenderedManifests.kubectlAvailable(), "Skipped: kubectl is not installed (.ci/run installs it)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasProbesResourcesAndALockedDownSecurityContext(String overlay) {
        List<JsonNode> deployments = RenderedManifests.ofKind(overlay, "Deployment").toList();
        assertThat(deployments).hasSize(4);
        for (JsonNode d : deployments) {
            JsonNode pod = d.at("/spec/template/spec");
            String id = RenderedManifests.id(d);
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(id).isTrue();
            assertThat(pod.at("/securityContext/seccompProfile/type").asText()).as(id).isEqualTo("RuntimeDefault");
            for (JsonNode c : pod.path("containers")) {
                assertThat(c.at("/startupProbe/httpGet/path").asText()).as(id).isEqualTo("/q/health/started");
                assertThat(c.at("/livenessProbe/httpGet/path").asText()).as(id).isEqualTo("/q/health/live");
                assertThat(c.at("/readinessProbe/httpGet/path").asText()).as(id).isEqualTo("/q/health/ready");
                assertThat(c.at("/resources/requests/cpu").isMissingNode()).as(id + " cpu request").isFalse();
                assertThat(c.at("/resources/requests/memory").isMissingNode()).as(id + " memory request").isFalse();
                assertThat(c.at("/resources/limits/memory").isMissingNode()).as(id + " memory limit").isFalse();
                assertThat(c.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as(id).isTrue();
                assertThat(c.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as(id).isFalse();
                assertThat(texts(c.at("/securityContext/capabilities/drop"))).as(id).contains("ALL");
                String tmpVolume = StreamSupport.stream(c.path("volumeMounts").spliterator(), false)
                        .filter(m -> m.path("mountPath").asText().equals("/tmp"))
                        .map(m -> m.path("name").asText()).findFirst().orElse(null);
                assertThat(tmpVolume).as(id + " /tmp mount").isNotNull();
                assertThat(StreamSupport.stream(pod.path("volumes").spliterator(), false)
                        .anyMatch(v -> v.path("name").asText().equals(tmpVolume) && v.has("emptyDir")))
                        .as(id + " /tmp is an emptyDir").isTrue();
            }
        }
        JsonNode nlp = RenderedManifests.find(overlay, "Deployment", "nlp-service").orElseThrow();
        assertThat(nlp.at("/spec/template/spec/terminationGracePeriodSeconds").asInt())
                .as("nlp-service may finish in-flight articles").isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceSelectorMatchesAPodTemplate(String overlay) {
        List<Map<String, String>> podLabels = RenderedManifests.ofKind(overlay, "Deployment")
                .map(d -> labels(d.at("/spec/template/metadata/labels"))).toList();
        RenderedManifests.ofKind(overlay, "Service").forEach(s -> {
            Map<String, String> selector = labels(s.at("/spec/selector"));
            assertThat(selector).as(RenderedManifests.id(s)).isNotEmpty();
            assertThat(podLabels).as(RenderedManifests.id(s))
                    .anyMatch(l -> l.entrySet().containsAll(selector.entrySet()));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void configMapKeysAreSettingsTheServicesRead(String overlay) throws IOException {
        for (String service : SERVICES) {
            Set<String> known = settingsAsEnvironmentVariables(service);
            JsonNode cm = RenderedManifests.find(overlay, "ConfigMap", service).orElseThrow();
            // A Quarkus TLS configuration is a setting of the service when the ConfigMap names it for one of ours.
            Set<String> tlsPrefixes = new HashSet<>();
            cm.path("data").fields().forEachRemaining(e -> {
                if (e.getKey().endsWith("_TLS_CONFIGURATION_NAME") && known.contains(e.getKey())) {
                    tlsPrefixes.add("QUARKUS_TLS_" + e.getValue().asText().replaceAll("[^A-Za-z0-9]", "_")
                            .toUpperCase(Locale.ROOT) + "_");
                }
            });
            List<String> unknown = new ArrayList<>();
            cm.path("data").fieldNames().forEachRemaining(k -> {
                if (!known.contains(k) && !IMAGE_VARIABLES.contains(k) && tlsPrefixes.stream().noneMatch(k::startsWith)) {
                    unknown.add(k);
                }
            });
            assertThat(unknown).as(service + " ConfigMap keys no setting of the service matches").isEmpty();
            JsonNode deployment = RenderedManifests.find(overlay, "Deployment", service).orElseThrow();
            for (JsonNode env : deployment.at("/spec/template/spec/containers/0/env")) {
                assertThat(known).as(service + " env").contains(env.path("name").asText());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void nlpScalesOnLagWithNoMoreReplicasThanPartitions(String overlay) {
        JsonNode scaled = RenderedManifests.find(overlay, "ScaledObject", "nlp-service").orElseThrow();
        JsonNode trigger = scaled.at("/spec/triggers/0");
        assertThat(trigger.path("type").asText()).isEqualTo("kafka");
        assertThat(trigger.at("/metadata/lagThreshold").isTextual()).isTrue();
        String topic = trigger.at("/metadata/topic").asText();
        int partitions = RenderedManifests.find(overlay, "KafkaTopic", topic).orElseThrow()
                .at("/spec/partitions").asInt();
        assertThat(scaled.at("/spec/maxReplicaCount").asInt()).isBetween(1, partitions);
        assertThat(scaled.at("/spec/advanced/horizontalPodAutoscalerConfig/behavior/scaleDown/stabilizationWindowSeconds")
                .asInt()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noDeploymentHasBothAnHpaAndAScaledObject(String overlay) {
        Set<String> byHpa = RenderedManifests.ofKind(overlay, "HorizontalPodAutoscaler")
                .map(h -> h.at("/spec/scaleTargetRef/name").asText()).collect(Collectors.toSet());
        Set<String> byKeda = RenderedManifests.ofKind(overlay, "ScaledObject")
                .map(s -> s.at("/spec/scaleTargetRef/name").asText()).collect(Collectors.toSet());
        assertThat(byHpa).containsExactlyInAnyOrder("gateway", "query-service");
        assertThat(byKeda).containsExactly("nlp-service");
        assertThat(byHpa).doesNotContainAnyElementsOf(byKeda);
    }

    /** A pod is open to anyone when a policy selecting it has an ingress rule with no {@code from}. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void networkPoliciesLeaveOnlyTheGatewayOpen(String overlay) {
        List<JsonNode> policies = RenderedManifests.ofKind(overlay, "NetworkPolicy").toList();
        assertThat(policies).anyMatch(p -> p.at("/spec/podSelector").isEmpty()
                && texts(p.at("/spec/policyTypes")).contains("Ingress") && !p.at("/spec").has("ingress"));
        Set<String> open = new HashSet<>();
        RenderedManifests.ofKind(overlay, "Deployment").forEach(d -> {
            Map<String, String> labels = labels(d.at("/spec/template/metadata/labels"));
            for (JsonNode p : policies) {
                if (selects(p.at("/spec/podSelector"), labels)) {
                    for (JsonNode rule : p.at("/spec/ingress")) {
                        if (!rule.has("from") || rule.path("from").isEmpty()) {
                            open.add(d.at("/metadata/name").asText());
                        }
                    }
                }
            }
        });
        assertThat(open).containsExactly("gateway");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayMayScaleAndOnlyItMountsAToken(String overlay) {
        Set<String> scalingRoles = RenderedManifests.ofKind(overlay, "Role")
                .filter(r -> StreamSupport.stream(r.path("rules").spliterator(), false)
                        .anyMatch(rule -> texts(rule.path("resources")).contains("deployments/scale")
                                && !java.util.Collections.disjoint(texts(rule.path("verbs")), Set.of("update", "patch"))))
                .map(r -> r.at("/metadata/name").asText()).collect(Collectors.toSet());
        assertThat(scalingRoles).isNotEmpty();
        RenderedManifests.ofKind(overlay, "RoleBinding")
                .filter(b -> scalingRoles.contains(b.at("/roleRef/name").asText()))
                .forEach(b -> assertThat(StreamSupport.stream(b.path("subjects").spliterator(), false)
                        .map(s -> s.path("kind").asText() + "/" + s.path("name").asText()).toList())
                        .containsExactly("ServiceAccount/gateway"));
        assertThat(RenderedManifests.ofKind(overlay, "ClusterRoleBinding").toList()).isEmpty();
        RenderedManifests.ofKind(overlay, "Deployment").forEach(d -> {
            boolean gateway = d.at("/metadata/name").asText().equals("gateway");
            assertThat(d.at("/spec/template/spec/automountServiceAccountToken").asBoolean())
                    .as(RenderedManifests.id(d)).isEqualTo(gateway);
        });
        RenderedManifests.ofKind(overlay, "ServiceAccount").forEach(sa -> assertThat(
                sa.path("automountServiceAccountToken").asBoolean())
                .as(RenderedManifests.id(sa)).isEqualTo(sa.at("/metadata/name").asText().equals("gateway")));
    }

    @Test
    void prodIsHighlyAvailableWithPinnedImages() {
        RenderedManifests.ofKind("prod", "Deployment").forEach(d -> {
            assertThat(d.at("/spec/replicas").asInt()).as(RenderedManifests.id(d)).isGreaterThanOrEqualTo(2);
            String image = d.at("/spec/template/spec/containers/0/image").asText();
            assertThat(image).as(RenderedManifests.id(d)).matches(".+:[0-9]+\\.[0-9]+\\.[0-9]+");
        });
        assertThat(RenderedManifests.find("prod", "KafkaNodePool", "dual-role").orElseThrow()
                .at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(RenderedManifests.find("prod", "Cluster", "newslens-db").orElseThrow()
                .at("/spec/instances").asInt()).isEqualTo(3);
        RenderedManifests.ofKind("prod", "HorizontalPodAutoscaler")
                .forEach(h -> assertThat(h.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void devRunsOneOfEverythingOnThreePartitions() {
        assertThat(RenderedManifests.find("dev", "KafkaNodePool", "dual-role").orElseThrow()
                .at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(RenderedManifests.find("dev", "KafkaTopic", "articles.ingested").orElseThrow()
                .at("/spec/partitions").asInt()).isEqualTo(3);
        RenderedManifests.ofKind("dev", "Deployment")
                .forEach(d -> assertThat(d.at("/spec/replicas").asInt()).isEqualTo(1));
    }

    /** The service's settings (application.properties keys, any profile), spelled as environment variables. */
    static Set<String> settingsAsEnvironmentVariables(String service) throws IOException {
        Path file = RenderedManifests.ROOT.resolve(service).resolve("src/main/resources/application.properties");
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            props.load(in);
        }
        return props.stringPropertyNames().stream()
                .map(k -> k.startsWith("%") ? k.substring(k.indexOf('.') + 1) : k)
                .map(k -> k.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    static boolean selects(JsonNode selector, Map<String, String> labels) {
        if (!labels.entrySet().containsAll(labels(selector.path("matchLabels")).entrySet())) {
            return false;
        }
        for (JsonNode e : selector.path("matchExpressions")) {
            String value = labels.get(e.path("key").asText());
            boolean in = value != null && texts(e.path("values")).contains(value);
            String op = e.path("operator").asText();
            if (op.equals("In") && !in || op.equals("NotIn") && in || op.equals("Exists") && value == null
                    || op.equals("DoesNotExist") && value != null) {
                return false;
            }
        }
        return true;
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new java.util.HashMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
