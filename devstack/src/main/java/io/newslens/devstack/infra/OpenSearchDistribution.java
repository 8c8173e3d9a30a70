package io.newslens.devstack.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
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
 *
 * <p>{@link #DEFAULT} is that pair in devstack's version. A test may assemble another version from the same two
 * artifacts copied elsewhere, with plugins (zips installed by {@code bin/opensearch-plugin}), through
 * {@link #in(Path, String, List)}.
 *
 * @param zip the integ-test-zip distribution; {@code null} for {@link #DEFAULT}, found when installed
 * @param analysisCommon the analysis-common jar of the same version; {@code null} for {@link #DEFAULT}
 */
public record OpenSearchDistribution(String version, Path zip, Path analysisCommon, List<Path> plugins) {

    public static final String VERSION = bundledVersion();

    /** devstack's version, copied by devstack/pom.xml, without plugins. */
    public static final OpenSearchDistribution DEFAULT = new OpenSearchDistribution(VERSION, null, null, List.of());

    /**
     * {@code version} from {@code dir}, where a Maven build copied {@code opensearch-<version>.zip} and
     * {@code analysis-common-<version>.jar}, with {@code plugins} installed.
     */
    public static OpenSearchDistribution in(Path dir, String version, List<Path> plugins) {
        return new OpenSearchDistribution(version, dir.resolve("opensearch-" + version + ".zip"),
                dir.resolve("analysis-common-" + version + ".jar"), List.copyOf(plugins));
    }

    /**
     * {@code home}, unpacked there with analysis-common and the plugins added unless already done; an interrupted
     * unpack is redone.
     */
    public Path installInto(Path home) throws IOException {
        if (Files.isRegularFile(home.resolve("bin/opensearch"))) {
            return home;
        }
        Path partial = home.resolveSibling(home.getFileName() + ".partial");
        deleteTree(partial);
        unzip(zip != null ? zip : artifact("opensearch-" + version + ".zip",
                "org/opensearch/distribution/integ-test-zip/opensearch"), "opensearch-" + version + "/", partial);
        Path module = Files.createDirectories(partial.resolve("modules/analysis-common"));
        String jar = "analysis-common-" + version + ".jar";
        Files.copy(analysisCommon != null ? analysisCommon : artifact(jar, "org/opensearch/plugin/analysis-common"),
                module.resolve(jar));
        try (InputStream descriptor = resource("analysis-common.plugin-descriptor.properties")) {
            String text = new String(descriptor.readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(module.resolve("plugin-descriptor.properties"), text.replace(VERSION, version));
        }
        for (Path plugin : plugins) {
            installPlugin(partial, plugin);
        }
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        return home;
    }

    /** {@code bin/opensearch-plugin install --batch} (granting the permissions the plugin asks for) of a zip. */
    private static void installPlugin(Path home, Path plugin) throws IOException {
        if (!Files.isRegularFile(plugin)) {
            throw new IllegalStateException("Plugin " + plugin + " not found");
        }
        Path log = home.resolve("plugin-install.log");
        ProcessBuilder install = new ProcessBuilder(home.resolve("bin/opensearch-plugin").toString(), "install",
                "--batch", plugin.toAbsolutePath().toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        install.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
        install.environment().put("OPENSEARCH_PATH_CONF", home.resolve("config").toString());
        try {
            if (install.start().waitFor() != 0) {
                throw new IllegalStateException("Installing " + plugin + " failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing " + plugin, e);
        }
    }

    /**
     * {@code target/opensearch/<file>} beside this class's jar or classes directory (the reactor and ./newslens),
     * else the copy in the local Maven repository that the same build resolved (a module built against an
     * installed devstack).
     */
    private Path artifact(String file, String repositoryDir) {
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
        Path inRepository = repository.resolve(repositoryDir).resolve(version).resolve(file);
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

    private static String bundledVersion() {
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
