package io.newslens.devstack.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * The local run's admin API key: {@code NEWSLENS_API_KEY} when set, else the one saved in
 * {@code <data-dir>/api-key}, else a new random one, saved there and printed once. No key is built in.
 */
public final class ApiKeys {

    public static final String ENV = "NEWSLENS_API_KEY";
    public static final String FILE = "api-key";

    private ApiKeys() {
    }

    public static String resolve(Path dataDir, String fromEnvironment, Consumer<String> out) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                out.accept("API key (admin): in " + file.toAbsolutePath());
                return Files.readString(file).trim();
            }
            String key = generate();
            Files.createDirectories(dataDir);
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the file keeps its default permissions
            }
            out.accept("New API key (admin), shown once and saved in " + file.toAbsolutePath() + ":");
            out.accept("  " + key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 256 random bits, URL-safe. */
    public static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "nl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the gateway is configured with instead of the key itself. */
    public static String sha256Hex(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
