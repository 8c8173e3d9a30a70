package io.newslens.devstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A real, single-node OpenSearch (by default plain HTTP, no security plugin) run as a child process with a 512 MB
 * heap, or the size in system property {@value #HEAP_PROPERTY} (a JVM size such as {@code 2g}; benchmarks that load
 * many documents set it). The first start installs the {@link OpenSearchDistribution} into {@code <dataDir>/home};
 * data, logs and config stay in {@code <dataDir>}, so indexes survive restarts. A {@link Setup} may name another
 * distribution (with plugins), add settings and files to the node's config directory, and make the node speak https.
 *
 * <p>OpenSearch refuses to run as root. When this JVM is root, the node runs as the system user
 * {@value #SERVICE_USER} (created with {@code useradd --system} if missing) through {@code runuser}, owns
 * {@code dataDir}, and may pass through the directories above it (others' execute bit added where missing).
 */
public final class OpenSearchNode implements AutoCloseable {

    public static final String SERVICE_USER = "newslens";

    public static final String HEAP_PROPERTY = "newslens.opensearch.heap";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    /** Starts on a picked port whose bind failed, before giving up. */
    private static final int BIND_ATTEMPTS = 3;

    /**
     * What a node runs besides the defaults.
     *
     * @param settings lines added to opensearch.yml
     * @param configFiles files written into the node's config directory (name to content), e.g. certificates;
     *        the security plugin reads only files there
     * @param tls for a node with TLS on HTTP: a context that trusts its certificate. Such a node (the security
     *        plugin) answers nothing useful before its security configuration is loaded, so {@link #start} then
     *        returns as soon as its HTTP port answers at all.
     */
    public record Setup(OpenSearchDistribution distribution, List<String> settings, Map<String, String> configFiles,
            Optional<SSLContext> tls) {

        public static final Setup PLAIN = new Setup(OpenSearchDistribution.DEFAULT, List.of(), Map.of(),
                Optional.empty());
    }

    private final int port;
    private final Path home;
    private final Process process;
    private final Path console;
    private final Setup setup;
    private final Thread onExit;

    private OpenSearchNode(int port, Path home, Process process, Path console, Setup setup) {
        this.port = port;
        this.home = home;
        this.process = process;
        this.console = console;
        this.setup = setup;
        this.onExit = new Thread(this::stopProcessTree, "opensearch-shutdown");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /** Starts a plain node on {@code port} (0 = any free port), everything in {@code dataDir}; returns once yellow. */
    public static OpenSearchNode start(Path dataDir, int port) {
        return start(dataDir, port, Setup.PLAIN);
    }

    /**
     * Starts a node as {@link #start(Path, int)} does, with {@code setup}. A port picked here (0) can be taken by
     * another process before the node binds it; the node then exits with a bind error and is started again on
     * another port (the transport port is picked afresh each time too).
     */
    public static OpenSearchNode start(Path dataDir, int port, Setup setup) {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOn(dataDir, FreePort.orFree(port), setup);
            } catch (IllegalStateException e) {
                if (port != 0 || attempt == BIND_ATTEMPTS || !String.valueOf(e.getMessage()).contains("BindException")) {
                    throw e;
                }
            }
        }
    }

    private static OpenSearchNode startOn(Path dataDir, int httpPort, Setup setup) {
        Path dir = dataDir.toAbsolutePath();
        try {
            Path home = setup.distribution().installInto(dir.resolve("home"));
            Path config = writeConfig(dir, home, httpPort, setup);
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
            OpenSearchNode node = new OpenSearchNode(httpPort, home, builder.start(), console, setup);
            try {
                node.awaitReady();
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
        return (setup.tls().isPresent() ? "https" : "http") + "://localhost:" + port;
    }

    /** The installed distribution (bin/, plugins/, ...). */
    public Path home() {
        return home;
    }

    /** The node's console output (its log). */
    public Path console() {
        return console;
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

    private void awaitReady() {
        if (setup.tls().isPresent()) {
            HttpClient client = HttpClient.newBuilder().sslContext(setup.tls().get())
                    .connectTimeout(Duration.ofSeconds(2)).build();
            ReadinessProbe.await("OpenSearch", process, console, client,
                    HttpRequest.newBuilder(URI.create(url() + "/")).timeout(Duration.ofSeconds(5)).build(),
                    answer -> true, START_TIMEOUT);
            return;
        }
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        ReadinessProbe.await("OpenSearch", process, console, health,
                answer -> answer.statusCode() == 200 && answer.body().contains("\"timed_out\":false"), START_TIMEOUT);
    }

    /**
     * The node's own config directory: the distribution's log4j2 and jvm.options, with jvm.options' relative
     * log and heap-dump paths (relative to the distribution) pointed into {@code dir}, our opensearch.yml with the
     * setup's settings, and the setup's files.
     */
    private static Path writeConfig(Path dir, Path home, int httpPort, Setup setup) throws IOException {
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
        for (Map.Entry<String, String> file : setup.configFiles().entrySet()) {
            Files.writeString(config.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        List<String> settings = new ArrayList<>(List.of(
                "cluster.name: newslens",
                "node.name: newslens-1",
                "path.data: " + data,
                "path.logs: " + logs,
                "network.host: 127.0.0.1",
                "http.port: " + httpPort,
                "transport.port: " + FreePort.pick(),
                "discovery.type: single-node",
                // A developer's nearly full disk must not turn indexes read-only.
                "cluster.routing.allocation.disk.threshold_enabled: false"));
        settings.addAll(setup.settings());
        Files.writeString(config.resolve("opensearch.yml"), String.join("\n", settings) + "\n",
                StandardCharsets.UTF_8);
        return config;
    }
}
