package io.newslens.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What {@code kubectl kustomize} renders for an overlay, as JSON trees, rendered once per test run. */
final class RenderedManifests {

    static final Path ROOT = Path.of(System.getProperty("newslens.root.dir", ".."));
    static final Path K8S = ROOT.resolve("k8s");
    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final Map<String, List<JsonNode>> CACHE = new ConcurrentHashMap<>();

    private RenderedManifests() {
    }

    static boolean kubectlAvailable() {
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static List<JsonNode> overlay(String name) {
        return CACHE.computeIfAbsent(name, RenderedManifests::render);
    }

    static Stream<JsonNode> ofKind(String overlay, String kind) {
        return overlay(overlay).stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    static Optional<JsonNode> find(String overlay, String kind, String name) {
        return ofKind(overlay, kind).filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst();
    }

    static String id(JsonNode o) {
        return o.path("kind").asText() + "/" + o.path("metadata").path("name").asText();
    }

    private static List<JsonNode> render(String overlay) {
        try {
            Process p = new ProcessBuilder("kubectl", "kustomize", K8S.resolve("overlays").resolve(overlay).toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String yaml = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize overlays/" + overlay + " failed");
            }
            try (MappingIterator<JsonNode> docs = new YAMLMapper().readerFor(JsonNode.class).readValues(yaml)) {
                return docs.readAll().stream().filter(d -> d != null && !d.isEmpty()).toList();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
