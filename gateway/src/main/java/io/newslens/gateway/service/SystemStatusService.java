package io.newslens.gateway.service;

import io.newslens.contracts.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.contracts.api.ArticleCounts;
import io.newslens.contracts.api.SystemStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Collects the services' readiness, nlp-service's backlog and the article counts by status. Blocking: call from a
 * worker thread.
 */
@ApplicationScoped
public class SystemStatusService {

    static final String NLP_GROUP = "nlp-service";
    /** Service name → the REST client whose URL reaches it. */
    static final Map<String, String> SERVICES = Map.of("ingest-service", "ingest", "nlp-service", "nlp",
            "query-service", "query");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Config config;
    private final KafkaBacklog kafka;
    private final String version;
    private final ObjectMapper json;

    public SystemStatusService(Config config, KafkaBacklog kafka,
            @ConfigProperty(name = "quarkus.application.version") String version, ObjectMapper json) {
        this.config = config;
        this.kafka = kafka;
        this.version = version;
        this.json = json;
    }

    public SystemStatus status() {
        List<String> problems = new ArrayList<>();
        List<CompletableFuture<SystemStatus.ServiceReadiness>> checks = SERVICES.entrySet().stream().sorted(
                Map.Entry.comparingByKey()).map(e -> readiness(e.getKey(), e.getValue())).toList();
        CompletableFuture<ArticleCounts> counts = articleCounts();
        SystemStatus.Backlog backlog = null;
        try {
            backlog = new SystemStatus.Backlog(NLP_GROUP, Topics.ARTICLES_INGESTED,
                    kafka.partitions(Topics.ARTICLES_INGESTED), kafka.lag(NLP_GROUP, Topics.ARTICLES_INGESTED));
        } catch (ServiceUnavailable e) {
            problems.add("Kafka is not reachable: no backlog figures");
        }
        List<SystemStatus.ServiceReadiness> services = checks.stream().map(CompletableFuture::join).toList();
        services.stream().filter(s -> !s.ready()).forEach(s -> problems.add(s.name() + " is not ready"));
        ArticleCounts articles = counts.exceptionally(e -> null).join();
        if (articles == null) {
            problems.add("ingest-service did not give the article counts");
        }
        return new SystemStatus(version, services, backlog, articles, problems);
    }

    private CompletableFuture<ArticleCounts> articleCounts() {
        String url = config.getValue("quarkus.rest-client.ingest.url", String.class) + "/admin/counts";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> {
            if (r.statusCode() != 200) {
                throw new IllegalStateException("ingest-service answered " + r.statusCode());
            }
            try {
                return json.readValue(r.body(), ArticleCounts.class);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private CompletableFuture<SystemStatus.ServiceReadiness> readiness(String name, String client) {
        String url = config.getValue("quarkus.rest-client." + client + ".url", String.class) + "/q/health/ready";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(r -> new SystemStatus.ServiceReadiness(name, r.statusCode() == 200,
                        r.statusCode() == 200 ? "UP" : "DOWN (" + r.statusCode() + ")", version(r.body())))
                .exceptionally(e -> new SystemStatus.ServiceReadiness(name, false,
                        "unreachable: " + (e.getCause() instanceof IOException io ? io.getClass().getSimpleName()
                                : e.getMessage()), null));
    }

    /** The version a readiness answer reports (the {@code version} check every service has), or null. */
    private String version(byte[] health) {
        try {
            for (JsonNode check : json.readTree(health).path("checks")) {
                if ("version".equals(check.path("name").asText())) {
                    return check.path("data").path("version").asText(null);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not a health document (a proxy's error page, say): the version is simply unknown.
        }
        return null;
    }
}
