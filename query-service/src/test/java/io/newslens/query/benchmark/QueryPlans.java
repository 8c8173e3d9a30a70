package io.newslens.query.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the slow queries run: {@code EXPLAIN (ANALYZE, BUFFERS)} of the repositories' own SQL (read from their
 * constants, so it is the statement the service runs), and OpenSearch's profile of a search exactly as the service
 * sent it (caught in the index's search slow log, threshold 0 for one request; the longest entry, since collapse's
 * inner_hits are logged as searches of their own).
 */
final class QueryPlans {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SLOWLOG_SOURCE = Pattern.compile("source\\[(\\{.*\\})\\], id\\[");

    private final Pool pool;
    private final HttpClient http;
    private final String openSearch;
    private final String alias;

    QueryPlans(Pool pool, HttpClient http, String openSearch, String alias) {
        this.pool = pool;
        this.http = http;
        this.openSearch = openSearch;
        this.alias = alias;
    }

    /** The SQL constant {@code field} of {@code repository}, explained with {@code params}. */
    String explain(Class<?> repository, String field, Object... params) {
        String sql = sql(repository, field);
        StringBuilder plan = new StringBuilder("-- " + repository.getSimpleName() + "." + field + "\n");
        for (Row row : pool.preparedQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql).execute(Tuple.from(params)).await()
                .indefinitely()) {
            plan.append(row.getString(0)).append('\n');
        }
        return plan.toString();
    }

    static String sql(Class<?> repository, String field) {
        try {
            var constant = repository.getDeclaredField(field);
            constant.setAccessible(true);
            return (String) constant.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(repository.getSimpleName() + "." + field + " is not a SQL constant", e);
        }
    }

    /**
     * Sends {@code request} (one service call) with the search slow log at 0 ms, reads the query OpenSearch received
     * and runs it again with {@code "profile": true}; returns a summary: took, per query and aggregation the time.
     */
    String profile(Supplier<?> request) throws IOException, InterruptedException {
        Path log = slowLog();
        long before = Files.exists(log) ? Files.size(log) : 0;
        settings("\"0ms\"");
        try {
            request.get();
        } finally {
            settings("null");
        }
        String source = null;
        for (int attempt = 0; attempt < 50 && source == null; attempt++) {
            Thread.sleep(100);
            source = lastSource(log, before);
        }
        if (source == null) {
            return "(no slow-log entry in " + log + ")";
        }
        ObjectNode body = (ObjectNode) JSON.readTree(source);
        body.put("profile", true);
        JsonNode answer = JSON.readTree(send("POST", "/" + alias + "/_search", body.toString()));
        return summary(source, answer);
    }

    private static String summary(String source, JsonNode answer) {
        StringBuilder out = new StringBuilder();
        out.append("query sent by the service: ").append(source).append('\n');
        out.append("took (profiled run) ms: ").append(answer.path("took").asLong()).append('\n');
        for (JsonNode shard : answer.path("profile").path("shards")) {
            for (JsonNode search : shard.path("searches")) {
                for (JsonNode query : search.path("query")) {
                    line(out, "query", query, 0);
                }
                out.append(String.format(Locale.ROOT, "rewrite %.1f ms%n", search.path("rewrite_time").asLong() / 1e6));
                for (JsonNode collector : search.path("collector")) {
                    out.append(String.format(Locale.ROOT, "collector %s %.1f ms%n", collector.path("name").asText(),
                            collector.path("time_in_nanos").asLong() / 1e6));
                }
            }
            for (JsonNode aggregation : shard.path("aggregations")) {
                line(out, "aggregation", aggregation, 0);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String kind, JsonNode node, int depth) {
        String description = node.path("description").asText();
        out.append("  ".repeat(depth)).append(String.format(Locale.ROOT, "%s %s [%s] %.1f ms%n", kind,
                node.path("type").asText(), description.length() > 120 ? description.substring(0, 120) + "…"
                        : description, node.path("time_in_nanos").asLong() / 1e6));
        for (JsonNode child : node.path("children")) {
            line(out, kind, child, depth + 1);
        }
    }

    private String lastSource(Path log, long from) throws IOException {
        if (!Files.exists(log) || Files.size(log) <= from) {
            return null;
        }
        String added = Files.readString(log).substring((int) from);
        List<String> sources = new ArrayList<>();
        for (String line : added.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = JSON.readTree(line);
            String message = entry.path("source").isMissingNode() ? entry.path("message").asText()
                    : "source[" + entry.path("source").asText() + "], id[";
            Matcher m = SLOWLOG_SOURCE.matcher(message);
            if (m.find()) {
                sources.add(m.group(1));
            }
        }
        // the service's search is the longest entry; collapse's inner_hits log shorter sub-searches after it
        return sources.stream().max(java.util.Comparator.comparingInt(String::length)).orElse(null);
    }

    private Path slowLog() throws IOException, InterruptedException {
        JsonNode nodes = JSON.readTree(send("GET", "/_nodes/settings", null)).path("nodes");
        JsonNode node = nodes.elements().next();
        String logs = node.path("settings").path("path").path("logs").asText();
        String cluster = node.path("settings").path("cluster").path("name").asText();
        return Path.of(logs, cluster + "_index_search_slowlog.json");
    }

    private void settings(String threshold) throws IOException, InterruptedException {
        send("PUT", "/" + alias + "/_settings", "{\"index.search.slowlog.threshold.query.warn\": " + threshold + "}");
    }

    private String send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(openSearch + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }
}
