package io.newslens.devstack.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The OpenSearch installation a {@link OpenSearchNode} runs, assembled from two Maven Central artifacts that
 * devstack/pom.xml copies into {@code devstack/target/opensearch}: the minimal distribution
 * {@code org.opensearch.distribution.integ-test-zip:opensearch} (no analyser beyond "standard") and the
 * {@code org.opensearch.plugin:analysis-common} module jar (english analyser, stemmers). Central has no packaged
 * form of that module, so its descriptor is a resource of ours.
 */
public final class OpenSearchDistribution {

    public static final String VERSION = version();

    private OpenSearchDistribution() {
    }

    /** {@code home}, unpacked there with analysis-common added unless already done; an interrupted unpack is redone. */
    public static Path installInto(Path home) throws IOException {
        if (Files.isRegularFile(home.resolve("bin/opensearch"))) {
            return home;
        }
        Path partial = home.resolveSibling(home.getFileName() + ".partial");
        deleteTree(partial);
        unzip(artifact("opensearch-" + VERSION + ".zip", "org/opensearch/distribution/integ-test-zip/opensearch"),
                "opensearch-" + VERSION + "/", partial);
        Path module = Files.createDirectories(partial.resolve("modules/analysis-common"));
        String jar = "analysis-common-" + VERSION + ".jar";
        Files.copy(artifact(jar, "org/opensearch/plugin/analysis-common"), module.resolve(jar));
        try (InputStream descriptor = resource("analysis-common.plugin-descriptor.properties")) {
            Files.copy(descriptor, module.resolve("plugin-descriptor.properties"));
        }
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        return home;
    }

    /**
     * {@code target/opensearch/<file>} beside this class's jar or classes directory (the reactor and ./newslens),
     * else the copy in the local Maven repository that the same build resolved (a module built against an
     * installed devstack).
     */
    private static Path artifact(String file, String repositoryDir) {
        try {
            Path code = Path.of(OpenSearchDistribution.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = code.getParent().resolve("opensearch").resolve(file);
            if (Files.isRegularFile(beside)) {
                return beside;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no usable code source: try the Maven repository
        }
        Path repository = Path.of(System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        Path inRepository = repository.resolve(repositoryDir).resolve(VERSION).resolve(file);
        if (!Files.isRegularFile(inRepository)) {
            throw new IllegalStateException(file + " not found: build devstack first (./mvnw -pl devstack -am "
                    + "package copies it into devstack/target/opensearch)");
        }
        return inRepository;
    }

    /** Unpacks {@code zipFile} into {@code target}, dropping {@code prefix}; the scripts in bin/ become executable. */
    private static void unzip(Path zipFile, String prefix, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length())
                        : entry.getName();
                Path file = target.resolve(name).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("Zip entry outside the distribution: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, file);
                }
                if (name.startsWith("bin/")) {
                    file.toFile().setExecutable(true, false);
                }
            }
        }
    }

    private static String version() {
        try (InputStream in = resource("distribution.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = OpenSearchDistribution.class.getResourceAsStream("/opensearch/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing resource /opensearch/" + name);
        }
        return in;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
