package io.newslens.devstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newslens.contracts.event.ArticleIngested;
import io.newslens.devstack.demo.GatewayClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The NLP step alone: nlp-service's {@code io.newslens.nlp.bench.RawEngineBenchmark}, run from the built service's
 * own classpath (so the same code, models and {@code application.properties}) in a JVM with the service's heap
 * option, on the articles the pipeline stored. No Kafka, HTTP or database.
 */
final class RawEngine {

    static final String MAIN = "io.newslens.nlp.bench.RawEngineBenchmark";
    /** The heap Stack gives nlp-service. */
    static final String HEAP = "-Xmx2g";

    /** Articles/s and the rest of what the engine run reports. */
    record Result(int articles, long tokens, double seconds, double articlesPerSecond, double cpuSeconds,
            int workerThreads, long peakRssMb, double loadBefore, double loadAfter) {
    }

    private RawEngine() {
    }

    static Result run(Path rootDir, List<ArticleIngested> articles, Path workDir, int warmUp) {
        Path app = rootDir.resolve("nlp-service/target/quarkus-app");
        if (!Files.isDirectory(app.resolve("app"))) {
            throw new IllegalStateException(app + " is missing: build first (./mvnw -DskipTests package)");
        }
        try {
            Files.createDirectories(workDir);
            Path input = workDir.resolve("raw-engine-articles.ndjson");
            List<String> lines = new ArrayList<>();
            for (ArticleIngested article : articles) {
                lines.add(GatewayClient.JSON.writeValueAsString(article));
            }
            Files.write(input, lines, StandardCharsets.UTF_8);
            Path log = workDir.resolve("raw-engine.log");
            Path output = workDir.resolve("raw-engine.out");
            // generated-bytecode.jar: the @ConfigMapping implementations Quarkus generated at build time (SmallRye
            // Config would otherwise generate them with ASM, which the built service does not ship).
            String classpath = String.join(":", app.resolve("app/*").toString(), app.resolve("lib/main/*").toString(),
                    app.resolve("lib/boot/*").toString(), app.resolve("quarkus/generated-bytecode.jar").toString());
            double loadBefore = PipelineRun.loadAverage();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    HEAP, "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-cp", classpath, MAIN, "--articles=" + input, "--warm-up=" + warmUp)
                    .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
                    .redirectOutput(ProcessBuilder.Redirect.to(output.toFile()))
                    .start();
            int exit = process.waitFor();
            double loadAfter = PipelineRun.loadAverage();
            String result = Files.readAllLines(output).stream().filter(l -> l.startsWith("RESULT ")).reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("The raw engine run (exit " + exit
                            + ") printed no result; see " + log));
            JsonNode json = GatewayClient.JSON.readTree(result.substring("RESULT ".length()));
            return new Result(json.get("articles").asInt(), json.get("tokens").asLong(), json.get("seconds").asDouble(),
                    json.get("articlesPerSecond").asDouble(), json.get("cpuSeconds").asDouble(),
                    json.get("workerThreads").asInt(), json.get("peakRssMb").asLong(), loadBefore, loadAfter);
        } catch (IOException e) {
            throw new UncheckedIOException("The raw engine run failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
