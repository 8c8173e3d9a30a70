package io.newslens.gateway.service;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.newslens.contracts.Topics;
import io.newslens.contracts.api.DeploymentStatus;
import io.newslens.contracts.api.ScaleResult;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scales nlp-service through the Kubernetes API. When a KEDA ScaledObject manages it, a manual count is set as
 * KEDA's {@code paused-replicas} annotation instead of fighting the autoscaler, and removing it hands control back.
 * Blocking (Fabric8): call from a worker thread.
 */
@ApplicationScoped
public class NlpScaler {

    static final String PAUSED = "autoscaling.keda.sh/paused-replicas";

    /** Named in full, so no API discovery is needed (and a cluster without KEDA simply has none). */
    public static final ResourceDefinitionContext SCALED_OBJECT_CONTEXT = new ResourceDefinitionContext.Builder()
            .withGroup("keda.sh").withVersion("v1alpha1").withKind("ScaledObject").withPlural("scaledobjects")
            .withNamespaced(true).build();

    private final Instance<KubernetesClient> clients;
    private final KafkaBacklog kafka;
    private final GatewayConfig.Admin config;

    public NlpScaler(Instance<KubernetesClient> clients, KafkaBacklog kafka, GatewayConfig config) {
        this.clients = clients;
        this.kafka = kafka;
        this.config = config.admin();
    }

    public List<DeploymentStatus> deployments() {
        KubernetesClient k8s = client();
        Set<String> byHpa = k8s.autoscaling().v2().horizontalPodAutoscalers().inNamespace(namespace()).list()
                .getItems().stream().map(h -> h.getSpec().getScaleTargetRef().getName()).collect(Collectors.toSet());
        return config.deployments().stream()
                .map(name -> Optional.ofNullable(k8s.apps().deployments().inNamespace(namespace()).withName(name).get())
                        .map(d -> status(d, byHpa.contains(name)))
                        .orElse(new DeploymentStatus(name, 0, 0, null, null)))
                .toList();
    }

    /** Sets nlp-service to {@code replicas}; refuses more than the partitions of articles.ingested (idle consumers). */
    public ScaleResult scale(int replicas) {
        requireDeployment();
        int partitions = kafka.partitions(Topics.ARTICLES_INGESTED);
        if (replicas > partitions) {
            throw new ProblemException(422, "Invalid request", "replicas must be at most " + partitions
                    + ", the partitions of " + Topics.ARTICLES_INGESTED + ": more consumers would sit idle",
                    List.of(new io.newslens.contracts.api.Problem.FieldError("replicas", "at most " + partitions)));
        }
        Resource<GenericKubernetesResource> scaledObject = scaledObject();
        if (scaledObject.get() != null) {
            scaledObject.edit(so -> {
                so.getMetadata().setAnnotations(withPaused(so.getMetadata().getAnnotations(), replicas));
                return so;
            });
            return new ScaleResult(config.nlpDeployment(), replicas, "KEDA_PAUSED");
        }
        client().apps().deployments().inNamespace(namespace()).withName(config.nlpDeployment()).scale(replicas);
        return new ScaleResult(config.nlpDeployment(), replicas, "SCALED");
    }

    /** Hands nlp-service back to KEDA. */
    public ScaleResult release() {
        requireDeployment();
        Resource<GenericKubernetesResource> scaledObject = scaledObject();
        if (scaledObject.get() == null) {
            throw new ProblemException(409, "Conflict", "No KEDA ScaledObject manages " + config.nlpDeployment()
                    + ": there is no autoscaler to hand control back to");
        }
        scaledObject.edit(so -> {
            if (so.getMetadata().getAnnotations() != null) {
                so.getMetadata().getAnnotations().remove(PAUSED);
            }
            return so;
        });
        return new ScaleResult(config.nlpDeployment(), null, "KEDA_RESUMED");
    }

    private static java.util.Map<String, String> withPaused(java.util.Map<String, String> annotations, int replicas) {
        java.util.Map<String, String> result = annotations == null ? new java.util.HashMap<>()
                : new java.util.HashMap<>(annotations);
        result.put(PAUSED, String.valueOf(replicas));
        return result;
    }

    private DeploymentStatus status(Deployment d, boolean hpa) {
        String name = d.getMetadata().getName();
        Integer paused = null;
        String autoscaler = hpa ? "HPA" : null;
        if (name.equals(config.nlpDeployment())) {
            GenericKubernetesResource so = scaledObject().get();
            if (so != null) {
                autoscaler = "KEDA";
                String value = so.getMetadata().getAnnotations() == null ? null
                        : so.getMetadata().getAnnotations().get(PAUSED);
                paused = value == null ? null : Integer.valueOf(value);
            }
        }
        Integer ready = d.getStatus() == null ? null : d.getStatus().getReadyReplicas();
        return new DeploymentStatus(name, Optional.ofNullable(d.getSpec().getReplicas()).orElse(0),
                ready == null ? 0 : ready, autoscaler, paused);
    }

    private void requireDeployment() {
        if (client().apps().deployments().inNamespace(namespace()).withName(config.nlpDeployment()).get() == null) {
            throw new ProblemException(404, "Not Found", "No deployment " + config.nlpDeployment()
                    + " in namespace " + namespace());
        }
    }

    private Resource<GenericKubernetesResource> scaledObject() {
        return client().genericKubernetesResources(SCALED_OBJECT_CONTEXT).inNamespace(namespace())
                .withName(config.nlpDeployment());
    }

    private String namespace() {
        return config.namespace().orElseGet(() -> client().getNamespace());
    }

    private KubernetesClient client() {
        if (!inKubernetes()) {
            throw new NotInKubernetes();
        }
        return clients.get();
    }

    /** AUTO: in a pod (the service account's API server variables are set), or with an API server configured. */
    private boolean inKubernetes() {
        return switch (config.kubernetes()) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> System.getenv("KUBERNETES_SERVICE_HOST") != null;
        };
    }
}
