package io.newslens.query.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The OpenSearch clients, both on one HTTP transport (Apache HttpClient 5, non-blocking I/O): the async one for
 * requests made on the event loop, the blocking one for start-up and admin work on worker threads. Documents
 * are (de)serialised with the application's ObjectMapper, so Instants are ISO strings as in the REST API.
 *
 * <p>A cluster with the security plugin (as the OpenSearch operator deploys it) takes {@code https} URLs, a
 * user and password, and a trust store for its CA from a named Quarkus TLS configuration.
 */
public class OpenSearchClients {

    @Produces
    @Singleton
    OpenSearchTransport transport(QueryConfig config, ObjectMapper json, TlsConfigurationRegistry tls) {
        QueryConfig.OpenSearch os = config.opensearch();
        Optional<SSLContext> trust = os.tlsConfigurationName().map(name -> sslContext(tls, name));
        return transport(os, json, trust);
    }

    /** The transport for these settings; {@code trust} verifies the nodes' certificates on https URLs. */
    static OpenSearchTransport transport(QueryConfig.OpenSearch os, ObjectMapper json, Optional<SSLContext> trust) {
        if (os.username().isPresent() != os.password().isPresent()) {
            throw new IllegalArgumentException(
                    "newslens.query.opensearch.username and .password must be set together");
        }
        HttpHost[] hosts = os.url().stream().map(OpenSearchClients::host).toArray(HttpHost[]::new);
        return ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper(json.copy()))
                .setRequestConfigCallback(request -> request
                        .setConnectTimeout(Timeout.of(os.connectTimeout().toMillis(), TimeUnit.MILLISECONDS))
                        .setResponseTimeout(Timeout.of(os.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)))
                .setHttpClientConfigCallback(client -> {
                    // Sent on every request rather than after a 401 challenge: one round trip, and the security
                    // plugin answers an anonymous request with 401 anyway.
                    os.username().ifPresent(user -> client.setDefaultHeaders(List.of(new BasicHeader(
                            HttpHeaders.AUTHORIZATION, basic(user, os.password().orElseThrow())))));
                    // Replacing the builder's connection manager (the only way to give it our CA) also drops its
                    // pool sizes, so they are set again: HttpClient's own defaults would be 5 per node, 25 in all.
                    trust.ifPresent(context -> client.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder
                            .create()
                            .setMaxConnPerRoute(ApacheHttpClient5TransportBuilder.DEFAULT_MAX_CONN_PER_ROUTE)
                            .setMaxConnTotal(ApacheHttpClient5TransportBuilder.DEFAULT_MAX_CONN_TOTAL)
                            .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(context).build())
                            .build()));
                    return client;
                })
                .build();
    }

    void close(@Disposes OpenSearchTransport transport) throws IOException {
        transport.close();
    }

    @Produces
    @Singleton
    OpenSearchAsyncClient asyncClient(OpenSearchTransport transport) {
        return new OpenSearchAsyncClient(transport);
    }

    @Produces
    @Singleton
    OpenSearchClient client(OpenSearchTransport transport) {
        return new OpenSearchClient(transport);
    }

    private static SSLContext sslContext(TlsConfigurationRegistry tls, String name) {
        TlsConfiguration configuration = tls.get(name).orElseThrow(() -> new IllegalArgumentException(
                "newslens.query.opensearch.tls-configuration-name names no TLS configuration: quarkus.tls." + name
                        + ".* is not set"));
        try {
            return configuration.createSSLContext();
        } catch (Exception e) {
            throw new IllegalStateException("TLS configuration " + name + " cannot make an SSL context", e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpHost host(URI url) {
        return new HttpHost(url.getScheme() == null ? "http" : url.getScheme(), url.getHost(),
                url.getPort() == -1 ? 9200 : url.getPort());
    }
}
