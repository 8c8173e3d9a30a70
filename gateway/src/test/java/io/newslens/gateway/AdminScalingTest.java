package io.newslens.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.newslens.devstack.testing.KafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scaling nlp-service against a Kubernetes API server (Fabric8's mock, CRUD mode) and a real Kafka broker. */
@QuarkusTest
@WithKubernetesTestServer(crud = true)
@WithTestResource(KafkaResource.class)
@TestProfile(AdminScalingTest.InCluster.class)
class AdminScalingTest {

    static final String NS = "newslens";

    public static class InCluster implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newslens.gateway.admin.kubernetes", "on", "newslens.gateway.admin.namespace", NS);
        }
    }

    @KubernetesTestServer
    KubernetesServer server;

    @BeforeAll
    static void authenticate() {
        Keys.useByDefault(Keys.ADMIN);
    }

    @AfterAll
    static void forgetKey() {
        Keys.reset();
    }

    @BeforeEach
    void cluster() {
        KubernetesClient k8s = server.getClient();
        k8s.genericKubernetesResources(io.newslens.gateway.service.NlpScaler.SCALED_OBJECT_CONTEXT)
                .inNamespace(NS).delete();
        for (String name : new String[] {"gateway", "ingest-service", "nlp-service", "query-service"}) {
            k8s.apps().deployments().inNamespace(NS).resource(deployment(name, 1)).createOr(d -> d.update());
        }
    }

    @Test
    void deploymentsAreListedWithTheirReplicas() {
        given().get("/api/v1/admin/deployments").then().statusCode(200)
                .body("name", hasItems("gateway", "ingest-service", "nlp-service", "query-service"))
                .body("find { it.name == 'nlp-service' }.desiredReplicas", equalTo(1));
    }

    @Test
    void withoutKedaTheScaleSubresourceSetsReplicas() {
        given().contentType("application/json").body(Map.of("replicas", 3))
                .put("/api/v1/admin/nlp/replicas").then().statusCode(200)
                .body("mode", equalTo("SCALED")).body("replicas", equalTo(3));
        assertThat(nlp().getSpec().getReplicas()).isEqualTo(3);
    }

    @Test
    void withKedaAManualCountPausesTheAutoscalerAndDeleteHandsControlBack() {
        server.getClient().genericKubernetesResources(io.newslens.gateway.service.NlpScaler.SCALED_OBJECT_CONTEXT)
                .inNamespace(NS).resource(scaledObject()).create();
        given().contentType("application/json").body(Map.of("replicas", 2))
                .put("/api/v1/admin/nlp/replicas").then().statusCode(200).body("mode", equalTo("KEDA_PAUSED"));
        assertThat(scaledObjectAnnotations()).containsEntry("autoscaling.keda.sh/paused-replicas", "2");
        assertThat(nlp().getSpec().getReplicas()).as("KEDA, not the gateway, moves the deployment").isEqualTo(1);
        given().get("/api/v1/admin/deployments").then().statusCode(200)
                .body("find { it.name == 'nlp-service' }.autoscaler", equalTo("KEDA"))
                .body("find { it.name == 'nlp-service' }.pausedAt", equalTo(2));

        given().delete("/api/v1/admin/nlp/replicas").then().statusCode(200).body("mode", equalTo("KEDA_RESUMED"));
        assertThat(scaledObjectAnnotations()).doesNotContainKey("autoscaling.keda.sh/paused-replicas");
    }

    @Test
    void moreReplicasThanPartitionsOrFewerThanZeroIs422() {
        given().contentType("application/json").body(Map.of("replicas", 13))
                .put("/api/v1/admin/nlp/replicas").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("replicas"));
        given().contentType("application/json").body(Map.of("replicas", -1))
                .put("/api/v1/admin/nlp/replicas").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("replicas"));
        assertThat(nlp().getSpec().getReplicas()).isEqualTo(1);
    }

    @Test
    void handingBackWithoutKedaIs409() {
        given().delete("/api/v1/admin/nlp/replicas").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void onlyAdminsMayScale() {
        given().header("X-API-Key", Keys.WRITER).contentType("application/json").body(Map.of("replicas", 2))
                .put("/api/v1/admin/nlp/replicas").then().statusCode(403).contentType("application/problem+json");
    }

    private Deployment nlp() {
        return server.getClient().apps().deployments().inNamespace(NS).withName("nlp-service").get();
    }

    private Map<String, String> scaledObjectAnnotations() {
        Map<String, String> annotations = server.getClient()
                .genericKubernetesResources(io.newslens.gateway.service.NlpScaler.SCALED_OBJECT_CONTEXT)
                .inNamespace(NS).withName("nlp-service").get().getMetadata().getAnnotations();
        return annotations == null ? Map.of() : annotations;
    }

    private static Deployment deployment(String name, int replicas) {
        return new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(NS).endMetadata()
                .withNewSpec().withReplicas(replicas)
                .withNewSelector().addToMatchLabels("app.kubernetes.io/name", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app.kubernetes.io/name", name).endMetadata()
                .withNewSpec().addNewContainer().withName(name).withImage("newslens/" + name).endContainer()
                .endSpec().endTemplate().endSpec().build();
    }

    private static GenericKubernetesResource scaledObject() {
        return new GenericKubernetesResourceBuilder().withApiVersion("keda.sh/v1alpha1").withKind("ScaledObject")
                .withNewMetadata().withName("nlp-service").withNamespace(NS).endMetadata()
                .addToAdditionalProperties("spec", Map.of("scaleTargetRef", Map.of("name", "nlp-service"),
                        "maxReplicaCount", 12))
                .build();
    }
}
