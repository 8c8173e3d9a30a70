package io.newslens.devstack.stack;

import io.newslens.devstack.infra.ReadinessProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service run from its built jar as a child process, with its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path log;
    private final List<String> command;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, List<String> command, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.command = command;
        this.process = process;
    }

    /**
     * Starts {@code <rootDir>/<name>/target/quarkus-app/quarkus-run.jar} with the given JVM options and
     * Quarkus settings (passed as system properties, so they win over application.properties).
     */
    public static ServiceProcess start(Path rootDir, String name, int port, List<String> jvmOptions,
            Map<String, String> settings, Path logDir) {
        return start(rootDir, name, name, port, jvmOptions, settings, logDir);
    }

    /** Like {@link #start(Path, String, int, List, Map, Path)}, for another instance of {@code module} named {@code name}. */
    public static ServiceProcess start(Path rootDir, String module, String name, int port, List<String> jvmOptions,
            Map<String, String> settings, Path logDir) {
        Path jar = rootDir.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
        return launch(name, port, logDir.resolve(name + ".log"), List.copyOf(command));
    }

    private static ServiceProcess launch(String name, int port, Path log, List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ServiceProcess(name, port, log, command, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /**
     * The same service started again, with the same jar, port and settings, its output appended to the same log.
     * This process must have ended first ({@link #kill()} or {@link #close()}), or the port is still taken.
     */
    public ServiceProcess startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + process.pid() + ")");
        }
        return launch(name, port, log, command);
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The JVM's process, for measuring its CPU time and memory. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early, with the log's tail, if the process dies. */
    public void awaitReady(Duration timeout) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        ReadinessProbe.await(name, process, log, ready, answer -> answer.statusCode() == 200, timeout);
    }

    /** SIGTERM, so Quarkus shuts down gracefully (in-flight messages finish); SIGKILL after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the process at once (SIGKILL), as a crash would, and waits until it is gone: for fault tests. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing " + name, e);
        }
    }
}
