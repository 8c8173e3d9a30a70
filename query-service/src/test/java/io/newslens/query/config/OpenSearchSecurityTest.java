package io.newslens.query.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.OpenSearchTransport;

/**
 * The transport query-service uses against a cluster with the security plugin: https with the cluster's own CA,
 * and basic authentication. The node here is a JDK HTTPS server with a certificate made by keytool for this run
 * (the OpenSearch distribution devstack runs has no security plugin); it answers {@code GET /} as a node does,
 * and 401 without the right credentials, as the plugin does.
 */
class OpenSearchSecurityTest {

    private static final String PASSWORD = "s3cret-for-this-test";
    private static final String INFO = """
            {"name":"node-1","cluster_name":"newslens","cluster_uuid":"abc","tagline":"The OpenSearch Project",
             "version":{"distribution":"opensearch","number":"2.19.6","build_type":"tar","build_hash":"h",
             "build_date":"2026-01-01T00:00:00Z","build_snapshot":false,"lucene_version":"9.12.1",
             "minimum_wire_compatibility_version":"7.10.0","minimum_index_compatibility_version":"7.0.0"}}""";

    @TempDir
    static Path dir;
    private static HttpsServer node;
    private static SSLContext trustingTheNode;
    private static final List<String> authorizations = new CopyOnWriteArrayList<>();
    /** When set, each request counts down and then waits for the others: how many are in flight at once. */
    private static volatile CountDownLatch inFlight;

    @BeforeAll
    static void startNode() throws Exception {
        Path keyStore = dir.resolve("node.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "node", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keys.getKeyManagers(), null, null);

        Certificate nodeCertificate = store.getCertificate("node");
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("newslens-search-ca", nodeCertificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        trustingTheNode = SSLContext.getInstance("TLS");
        trustingTheNode.init(null, trust.getTrustManagers(), null);

        node = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        node.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString(("newslens:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        node.setExecutor(Executors.newCachedThreadPool());
        node.createContext("/", exchange -> {
            CountDownLatch gate = inFlight;
            if (gate != null) {
                gate.countDown();
                try {
                    gate.await(15, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(String.valueOf(authorization));
            boolean allowed = expected.equals(authorization);
            byte[] body = (allowed ? INFO : "{\"error\":\"Unauthorized\",\"status\":401}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (!allowed) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"OpenSearch Security\"");
            }
            exchange.sendResponseHeaders(allowed ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        node.start();
    }

    @AfterAll
    static void stopNode() {
        node.stop(0);
    }

    @Test
    void authenticatesOverTlsTrustingTheClustersCa() throws Exception {
        authorizations.clear();
        try (OpenSearchTransport transport = OpenSearchClients.transport(
                settings(Optional.of("newslens"), Optional.of(PASSWORD)), new ObjectMapper(), Optional.of(trustingTheNode))) {
            assertThat(new OpenSearchClient(transport).info().clusterName()).isEqualTo("newslens");
        }
        assertThat(authorizations).hasSize(1).allSatisfy(a -> assertThat(a).startsWith("Basic "));
    }

    @Test
    void keepsTheTransportsConnectionPoolOverTls() throws Exception {
        int perNode = ApacheHttpClient5TransportBuilder.DEFAULT_MAX_CONN_PER_ROUTE;
        CountDownLatch all = new CountDownLatch(perNode);
        inFlight = all;
        try (OpenSearchTransport transport = OpenSearchClients.transport(
                settings(Optional.of("newslens"), Optional.of(PASSWORD)), new ObjectMapper(), Optional.of(trustingTheNode))) {
            OpenSearchAsyncClient client = new OpenSearchAsyncClient(transport);
            List<CompletableFuture<?>> pending = new ArrayList<>();
            for (int i = 0; i < perNode; i++) {
                pending.add(client.info());
            }
            // HttpClient's own pool (5 per node) would hold the other requests back until these are answered.
            assertThat(all.await(5, TimeUnit.SECONDS)).as("%d requests reached the node at once", perNode).isTrue();
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        } finally {
            inFlight = null;
        }
    }

    @Test
    void refusesANodeWhoseCertificateItDoesNotTrust() {
        assertThatThrownBy(() -> {
            try (OpenSearchTransport transport = OpenSearchClients.transport(
                    settings(Optional.of("newslens"), Optional.of(PASSWORD)), new ObjectMapper(), Optional.empty())) {
                new OpenSearchClient(transport).info();
            }
        }).hasStackTraceContaining("PKIX");
    }

    @Test
    void wrongPasswordIsRefusedByTheNode() {
        assertThatThrownBy(() -> {
            try (OpenSearchTransport transport = OpenSearchClients.transport(
                    settings(Optional.of("newslens"), Optional.of("wrong")), new ObjectMapper(),
                    Optional.of(trustingTheNode))) {
                new OpenSearchClient(transport).info();
            }
        }).hasStackTraceContaining("401");
    }

    @Test
    void userWithoutPasswordIsAConfigurationError() {
        assertThatThrownBy(() -> OpenSearchClients.transport(settings(Optional.of("newslens"), Optional.empty()),
                new ObjectMapper(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set together");
    }

    private static QueryConfig.OpenSearch settings(Optional<String> user, Optional<String> password) {
        URI url = URI.create("https://localhost:" + node.getAddress().getPort());
        return new QueryConfig.OpenSearch() {
            @Override public List<URI> url() { return List.of(url); }
            @Override public String alias() { return "articles"; }
            @Override public Duration connectTimeout() { return Duration.ofSeconds(5); }
            @Override public Duration requestTimeout() { return Duration.ofSeconds(10); }
            @Override public Optional<String> username() { return user; }
            @Override public Optional<String> password() { return password; }
            @Override public Optional<String> tlsConfigurationName() { return Optional.empty(); }
        };
    }
}
