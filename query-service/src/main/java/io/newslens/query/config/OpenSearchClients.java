package io.newslens.query.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.HttpHost;
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
 */
public class OpenSearchClients {

    @Produces
    @Singleton
    OpenSearchTransport transport(QueryConfig config, ObjectMapper json) {
        QueryConfig.OpenSearch os = config.opensearch();
        HttpHost[] hosts = os.url().stream().map(OpenSearchClients::host).toArray(HttpHost[]::new);
        return ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper(json.copy()))
                .setRequestConfigCallback(request -> request
                        .setConnectTimeout(Timeout.of(os.connectTimeout().toMillis(), TimeUnit.MILLISECONDS))
                        .setResponseTimeout(Timeout.of(os.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)))
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

    private static HttpHost host(URI url) {
        return new HttpHost(url.getScheme() == null ? "http" : url.getScheme(), url.getHost(),
                url.getPort() == -1 ? 9200 : url.getPort());
    }
}
