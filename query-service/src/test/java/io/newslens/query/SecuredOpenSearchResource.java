package io.newslens.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.newslens.devstack.infra.OpenSearchDistribution;
import io.newslens.devstack.infra.OpenSearchNode;
import io.newslens.devstack.infra.ReadinessProbe;
import io.newslens.devstack.testing.TempDir;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * An OpenSearch node with the security plugin, configured as {@code k8s/infra/opensearch.yaml} deploys it, for
 * query-service to sign in to as its user {@value #QUERY_USER}:
 * <ol>
 * <li>a CA of this run, a node certificate (localhost) and an admin client certificate, made by keytool;</li>
 * <li>the Secrets that {@code k8s/infra/opensearch-security/make-secrets.sh} prints with {@code DRY_RUN=1} for two
 * random passwords, decoded: the security configuration is our files plus its {@code internal_users.yml};</li>
 * <li>the node (the version Central has the plugin for, from the artifacts the {@code security-it} Maven profile
 * copies), with TLS on transport and HTTP and no default security index;</li>
 * <li>that configuration loaded with the plugin's {@code securityadmin.sh} and the admin certificate.</li>
 * </ol>
 */
public class SecuredOpenSearchResource implements QuarkusTestResourceLifecycleManager {

    static final String QUERY_USER = "newslens-query";
    static final String ADMIN_DN = "CN=admin,OU=ops,O=newslens";
    static final String NODE_DN = "CN=localhost,OU=node,O=newslens";

    private static final Path SECURITY_CONFIG = Path.of("..", "k8s", "infra", "opensearch-security");

    private static volatile Path dir;
    private static volatile OpenSearchNode node;
    private static volatile SSLContext trust;
    private static volatile Map<String, String> credentials;

    @Override
    public Map<String, String> start() {
        try {
            dir = TempDir.create("newslens-secured-opensearch-");
            TestPki pki = TestPki.create(dir.resolve("pki"));
            pki.issue("node", NODE_DN, "SAN=dns:localhost,ip:127.0.0.1", "KU=digitalSignature,keyEncipherment",
                    "EKU=serverAuth,clientAuth");
            pki.issue("admin", ADMIN_DN, "KU=digitalSignature,keyEncipherment", "EKU=clientAuth");
            trust = pki.trust();
            // Characters a shell or YAML would trip over, to prove the script quotes them.
            String adminPassword = "Adm1n$'\" " + UUID.randomUUID();
            String queryPassword = "Qu3ry!#:" + UUID.randomUUID();
            Map<String, Map<String, String>> secrets = makeSecrets(adminPassword, queryPassword);
            credentials = Map.of(secrets.get("newslens-search-admin").get("username"),
                    secrets.get("newslens-search-admin").get("password"),
                    secrets.get("newslens-search-query").get("username"),
                    secrets.get("newslens-search-query").get("password"));
            Path security = Files.createDirectories(dir.resolve("security"));
            for (Map.Entry<String, String> file : secrets.get("newslens-search-security-config").entrySet()) {
                Files.writeString(security.resolve(file.getKey()), file.getValue());
            }

            node = OpenSearchNode.start(dir.resolve("node"), 0, new OpenSearchNode.Setup(distribution(), List.of(
                    "plugins.security.ssl.transport.pemcert_filepath: node.pem",
                    "plugins.security.ssl.transport.pemkey_filepath: node-key.pem",
                    "plugins.security.ssl.transport.pemtrustedcas_filepath: ca.pem",
                    "plugins.security.ssl.http.enabled: true",
                    "plugins.security.ssl.http.pemcert_filepath: node.pem",
                    "plugins.security.ssl.http.pemkey_filepath: node-key.pem",
                    "plugins.security.ssl.http.pemtrustedcas_filepath: ca.pem",
                    "plugins.security.allow_default_init_securityindex: false",
                    "plugins.security.authcz.admin_dn: [\"" + ADMIN_DN + "\"]",
                    "plugins.security.nodes_dn: [\"" + NODE_DN + "\"]"),
                    Map.of("ca.pem", Files.readString(pki.pem("ca")), "node.pem", Files.readString(pki.pem("node")),
                            "node-key.pem", Files.readString(pki.key("node"))),
                    Optional.of(trust)));
            loadSecurityConfig(security, pki);
            awaitGreenOrYellowAs("admin");
            return Map.of(
                    "newslens.query.opensearch.url", node.url(),
                    "newslens.query.opensearch.username", QUERY_USER,
                    "newslens.query.opensearch.password", password(QUERY_USER),
                    "newslens.query.opensearch.tls-configuration-name", "opensearch",
                    "quarkus.tls.opensearch.trust-store.pem.certs", pki.pem("ca").toString());
        } catch (IOException e) {
            throw new IllegalStateException("Secured OpenSearch did not start", e);
        }
    }

    @Override
    public void stop() {
        if (node != null) {
            node.close();
            node = null;
        }
        TempDir.delete(dir);
    }

    /** The node's https URL. */
    static String url() {
        return node.url();
    }

    /** The password make-secrets.sh put into the Secret of {@code user} (admin or newslens-query). */
    static String password(String user) {
        return credentials.get(user);
    }

    /** A client that trusts the node's CA (and no other). */
    static HttpClient client() {
        return HttpClient.newBuilder().sslContext(trust).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** {@code GET path} as {@code user} (basic authentication), or anonymously when {@code user} is null. */
    static HttpResponse<String> get(String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(url() + path)).GET(), user);
    }

    static HttpResponse<String> send(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password(user)).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return client().send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static OpenSearchDistribution distribution() {
        String artifacts = System.getProperty("newslens.security-it.artifacts");
        String version = System.getProperty("newslens.security-it.version");
        if (artifacts == null || version == null) {
            throw new IllegalStateException("Run with -Dnewslens.security-it=true: query-service's security-it "
                    + "Maven profile copies the node's artifacts and names them");
        }
        Path dir = Path.of(artifacts);
        return OpenSearchDistribution.in(dir, version,
                List.of(dir.resolve("opensearch-security-" + version + ".0.zip")));
    }

    /**
     * Runs make-secrets.sh as docs/deploy.md says, with DRY_RUN=1, and returns each printed Secret's decoded data
     * by Secret name.
     */
    private static Map<String, Map<String, String>> makeSecrets(String adminPassword, String queryPassword)
            throws IOException {
        ProcessBuilder script = new ProcessBuilder("bash", SECURITY_CONFIG.resolve("make-secrets.sh").toString(),
                "newslens");
        script.environment().put("DRY_RUN", "1");
        script.environment().put("OPENSEARCH_ADMIN_PASSWORD", adminPassword);
        script.environment().put("OPENSEARCH_QUERY_PASSWORD", queryPassword);
        Path errors = dir.resolve("make-secrets.err");
        Process process = script.redirectError(errors.toFile()).start();
        String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (waitFor(process) != 0) {
            throw new IllegalStateException("make-secrets.sh failed: " + Files.readString(errors));
        }
        Map<String, Map<String, String>> secrets = new HashMap<>();
        try (var documents = new YAMLMapper().readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode secret = documents.next();
                if (secret == null || secret.isEmpty()) {
                    continue;
                }
                if (!"Secret".equals(secret.path("kind").asText())
                        || !"newslens".equals(secret.path("metadata").path("namespace").asText())) {
                    throw new IllegalStateException("make-secrets.sh printed something else than a Secret of "
                            + "namespace newslens: " + secret);
                }
                Map<String, String> data = new HashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = secret.path("data").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    data.put(entry.getKey(), new String(Base64.getDecoder().decode(entry.getValue().asText()),
                            StandardCharsets.UTF_8));
                }
                secrets.put(secret.path("metadata").path("name").asText(), data);
            }
        }
        if (!secrets.keySet().equals(Set.of("newslens-search-admin", "newslens-search-query",
                "newslens-search-security-config"))) {
            throw new IllegalStateException("make-secrets.sh printed the Secrets " + secrets.keySet()
                    + ", not the three docs/deploy.md names:\n" + yaml);
        }
        return secrets;
    }

    /** securityadmin.sh -cd: uploads every file of {@code config} into the security index, as the admin certificate. */
    private static void loadSecurityConfig(Path config, TestPki pki) throws IOException {
        Path tool = node.home().resolve("plugins/opensearch-security/tools/securityadmin.sh");
        List<String> command = new ArrayList<>(List.of("bash", tool.toString(), "-cd", config.toString(),
                "-icl", "-nhnv", "-h", "localhost", "-p", String.valueOf(URI.create(node.url()).getPort()),
                "-cacert", pki.pem("ca").toString(), "-cert", pki.pem("admin").toString(),
                "-key", pki.key("admin").toString()));
        Path log = dir.resolve("securityadmin.log");
        ProcessBuilder securityAdmin = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        securityAdmin.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
        securityAdmin.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (waitFor(securityAdmin.start()) != 0) {
            throw new IllegalStateException("securityadmin.sh refused our security configuration:\n"
                    + Files.readString(log) + "\nnode:\n" + ReadinessProbe.tail(node.console()));
        }
    }

    private static void awaitGreenOrYellowAs(String user) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get("/_cluster/health?wait_for_status=yellow&timeout=5s", user);
            if (last.statusCode() == 200 && last.body().contains("\"timed_out\":false")) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The secured node is not healthy for " + user + ": "
                + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
    }

    private static int waitFor(Process process) {
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + process.info().commandLine().orElse("?"));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
