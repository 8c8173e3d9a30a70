package io.newslens.devstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** An unprivileged system user for servers that refuse to run as root (OpenSearch). */
final class ServiceUser {

    private ServiceUser() {
    }

    static boolean isRoot() {
        return "0".equals(output("id", "-u"));
    }

    /** Creates {@code user} with {@code useradd --system} (no home, no login shell) when it does not exist. */
    static void ensureExists(String user) {
        if (exitCode("id", "-u", user) == 0) {
            return;
        }
        // Another JVM may create it at the same moment: only a user still missing afterwards is an error.
        exitCode("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user);
        if (exitCode("id", "-u", user) != 0) {
            throw new IllegalStateException("Could not create the system user " + user
                    + " (useradd --system " + user + ")");
        }
    }

    /** Gives {@code dir} and everything below it to {@code user}. */
    static void chown(String user, Path dir) {
        int code = exitCode("chown", "-R", user + ":", dir.toString());
        if (code != 0) {
            throw new IllegalStateException("chown -R " + user + " " + dir + " failed with " + code);
        }
    }

    /**
     * Lets every user pass through (not list) each directory above {@code dir} that others could not enter,
     * e.g. a test's temp directory (mode 700), so that {@code user} can reach {@code dir}.
     */
    static void makeReachable(Path dir) {
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(p);
                if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                    Files.setPosixFilePermissions(p, permissions);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open " + p + " for user access", e);
            }
        }
    }

    private static int exitCode(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String output(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
