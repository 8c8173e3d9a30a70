package io.newslens.devstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real, single-node OpenSearch (plain HTTP, no security plugin) run as a child process with a 512 MB heap, or the
 * size in system property {@value #HEAP_PROPERTY} (a JVM size such as {@code 2g}; benchmarks that load many
 * documents set it).
 * The first start installs the {@link OpenSearchDistribution} into {@code <dataDir>/home}; data, logs and
 * config stay in {@code <dataDir>}, so indexes survive restarts.
 *
 * <p>OpenSearch refuses to run as root. When this JVM is root, the node runs as the system user
 * {@value #SERVICE_USER} (created with {@code useradd --system} if missing) through {@code runuser}, owns
 * {@code dataDir}, and may pass through the directories above it (others' execute bit added where missing).
 */
public final class OpenSearchNode implements AutoCloseable {

    public static final String SERVICE_USER = "newslens";

    public static final String HEAP_PROPERTY = "newslens.opensearch.heap";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final int port;
    private final Process process;
    private final Path console;
    private final Thread onExit;

    private OpenSearchNode(int port, Process process, Path console) {
        this.port = port;
        this.process = process;
        this.console = console;
        this.onExit = new Thread(this::stopProcessTree, "opensearch-shutdown");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /** Starts a node on {@code port} (0 = any free port) with everything in {@code dataDir}; returns once yellow. */
    public static OpenSearchNode start(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath();
        int httpPort = FreePort.orFree(port);
        try {
            Path home = OpenSearchDistribution.installInto(dir.resolve("home"));
            Path config = writeConfig(dir, home, httpPort);
            boolean root = ServiceUser.isRoot();
            if (root) {
                ServiceUser.ensureExists(SERVICE_USER);
                ServiceUser.chown(SERVICE_USER, dir);
                ServiceUser.makeReachable(dir);
            }
            List<String> command = new ArrayList<>();
            if (root) {
                command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
            }
            command.add(home.resolve("bin/opensearch").toString());
            Path console = dir.resolve("logs/console.log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
            builder.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("OPENSEARCH_PATH_CONF", config.toString());
            String heap = System.getProperty(HEAP_PROPERTY, "512m");
            builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
            OpenSearchNode node = new OpenSearchNode(httpPort, builder.start(), console);
            try {
                node.awaitYellow();
            } catch (RuntimeException e) {
                node.close();
                throw e;
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch did not start in " + dir, e);
        }
    }

    public int port() {
        return port;
    }

    /** The node's start process (runuser or the start script); the OpenSearch JVM is among its descendants. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** SIGTERM to the node (it flushes and exits), SIGKILL after 30 s. */
    @Override
    public void close() {
        stopProcessTree();
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }

    private void stopProcessTree() {
        // runuser (or the start script) is the parent; the OpenSearch JVM is its descendant and must get the signal.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    private void awaitYellow() {
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        ReadinessProbe.await("OpenSearch", process, console, health,
                answer -> answer.statusCode() == 200 && answer.body().contains("\"timed_out\":false"), START_TIMEOUT);
    }

    /**
     * The node's own config directory: the distribution's log4j2 and jvm.options, with jvm.options' relative
     * log and heap-dump paths (relative to the distribution) pointed into {@code dir}, and our opensearch.yml.
     */
    private static Path writeConfig(Path dir, Path home, int httpPort) throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Path data = Files.createDirectories(dir.resolve("data"));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.createDirectories(config.resolve("jvm.options.d"));
        Files.copy(home.resolve("config/log4j2.properties"), config.resolve("log4j2.properties"),
                StandardCopyOption.REPLACE_EXISTING);
        String jvmOptions = Files.readString(home.resolve("config/jvm.options"))
                .replace("logs/", logs + "/")
                .replace("HeapDumpPath=data", "HeapDumpPath=" + data);
        Files.writeString(config.resolve("jvm.options"), jvmOptions);
        Files.writeString(config.resolve("opensearch.yml"), String.join("\n",
                "cluster.name: newslens",
                "node.name: newslens-1",
                "path.data: " + data,
                "path.logs: " + logs,
                "network.host: 127.0.0.1",
                "http.port: " + httpPort,
                "transport.port: " + FreePort.pick(),
                "discovery.type: single-node",
                // A developer's nearly full disk must not turn indexes read-only.
                "cluster.routing.allocation.disk.threshold_enabled: false",
                ""), StandardCharsets.UTF_8);
        return config;
    }
}
