package io.newslens.e2e;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newslens.contracts.api.ArticleCounts;
import io.newslens.contracts.api.ArticleStatus;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.BatchItemResult;
import io.newslens.contracts.api.BatchItemStatus;
import io.newslens.contracts.api.BatchResult;
import io.newslens.contracts.api.SystemStatus;
import io.newslens.devstack.demo.GatewayClient;
import io.newslens.devstack.stack.Stack;
import io.newslens.devstack.stack.StackConfig;
import io.newslens.devstack.testing.TempDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole stack of its own for the fault tests, which kill services and stop Kafka and PostgreSQL: they must never
 * share {@link SeededStack}, whose readers expect a healthy system. Started once per test class and closed by it;
 * it holds nothing but the articles those tests submit, so counts over all articles are counts over theirs.
 */
final class FaultStack implements AutoCloseable {

    private final Path dataDir;
    private final Stack stack;
    private final GatewayClient gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FaultStack(Path dataDir, Stack stack) {
        this.dataDir = dataDir;
        this.stack = stack;
        this.gateway = new GatewayClient(stack.gatewayUrl(), stack.config().apiKey());
    }

    static FaultStack start() {
        Path root = Path.of(System.getProperty("newslens.root.dir", ".."));
        Path dataDir = TempDir.create("newslens-faults-");
        StackConfig config = StackConfig.onFreePorts(root, dataDir, 1);
        try {
            return new FaultStack(dataDir, Stack.start(config, System.out::println));
        } catch (RuntimeException | Error e) {
            TempDir.delete(dataDir);
            throw e;
        }
    }

    Stack stack() {
        return stack;
    }

    GatewayClient gateway() {
        return gateway;
    }

    /** Submits the articles as one JSON batch through the gateway; returns their ids in the same order. */
    List<String> submitBatch(List<ArticleSubmission> articles) {
        BatchResult result = gateway.submitBatch(articles);
        if (result.accepted() != articles.size()) {
            throw new IllegalStateException("Not every article was accepted: " + result.items().stream()
                    .filter(i -> i.status() != BatchItemStatus.ACCEPTED).toList());
        }
        return result.items().stream().map(BatchItemResult::id).toList();
    }

    /** Stored articles by pipeline status, from the gateway's system status (ingest-service's counts). */
    ArticleCounts counts() {
        SystemStatus status = gateway.status();
        if (status.articles() == null) {
            throw new IllegalStateException("No article counts in " + status);
        }
        return status.articles();
    }

    long countWithStatus(ArticleStatus status) {
        return counts().byStatus().getOrDefault(status, 0L);
    }

    /** Any request to the gateway with the admin key; the answer as it came, whatever its status. */
    HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("X-API-Key", stack.config().apiKey())
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A service's own readiness status code (200 UP, 503 DOWN), asked directly, not through the gateway. */
    int readiness(String service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.service(service).url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rows per article of a read-model table of query-service ({@code query.<table>}), for the given ids; an id
     * with no row is absent. Straight from PostgreSQL, to see duplicates the API might hide.
     */
    Map<String, Integer> rowsPerArticle(String table, String idColumn, List<String> ids) {
        String sql = "SELECT " + idColumn + ", count(*) FROM query." + table + " WHERE " + idColumn
                + " = ANY(?) GROUP BY " + idColumn;
        try (Connection c = DriverManager.getConnection(stack.postgres().jdbcUrl(), "postgres", "");
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            Map<String, Integer> rows = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getInt(2));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read query." + table, e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return GatewayClient.JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unexpected answer: " + json, e);
        }
    }

    @Override
    public void close() {
        stack.close();
        TempDir.delete(dataDir);
    }
}
