package io.newslens.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every metric the Grafana dashboard queries is listed in {@code docs/operations.md}; each service's
 * {@code *MetricsTest} in turn fails when a metric listed there for it is not exported. Together: the dashboard
 * queries nothing that no service exports, apart from the rows marked external.
 */
class DashboardTest {

    private static final Pattern DOC_ROW =
            Pattern.compile("^\\|\\s*`([a-z_:][a-z0-9_:]*)`\\s*\\|[^|]*\\|[^|]*\\|\\s*([^|]+?)\\s*\\|");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    /** PromQL words that are not metrics; aggregations are here because "sum by (x) (...)" puts no "(" after sum. */
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "sum", "min", "max", "avg", "group", "stddev",
            "stdvar", "count", "count_values", "bottomk", "topk", "quantile");
    private static final List<String> SERIES_SUFFIXES = List.of("_bucket", "_count", "_sum");

    @Test
    void everyMetricTheDashboardQueriesIsListedInTheOperationsGuide() throws IOException {
        Map<String, String> documented = documented();
        List<String> missing = new ArrayList<>();
        Set<String> queried = new TreeSet<>();
        for (String expr : expressions()) {
            for (String metric : metricsIn(expr)) {
                String listed = listedName(metric, documented);
                if (listed == null) {
                    missing.add(metric + " in " + expr);
                } else {
                    queried.add(listed);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(queried).contains("newslens_ingest_articles_total", "newslens_nlp_articles_total",
                "newslens_query_events_applied_total", "kafka_consumer_fetch_manager_records_lag");
        // Metrics no newslens service exports must say where they come from.
        queried.stream().filter(m -> !m.startsWith("newslens_") && documented.get(m).startsWith("external"))
                .forEach(m -> assertThat(documented.get(m)).as(m).contains("kube-state-metrics"));
    }

    @Test
    void metricsAreFoundInsideFunctionsAndWithoutLabelsRangesOrGroupings() {
        assertThat(metricsIn("histogram_quantile(0.95, sum by (le, uri) (rate(a_seconds_bucket{uri=~\"/x\"}[5m])))"
                + " / on (pod) group_left b_total offset 5m")).containsExactly("a_seconds_bucket", "b_total");
    }

    static Set<String> metricsIn(String expr) {
        String bare = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "$1")
                .replaceAll("\\b\\d+[smhdwy]\\b", "");
        Set<String> metrics = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            boolean function = bare.substring(m.end()).matches("(?s)\\s*\\(.*");
            if (!function && !KEYWORDS.contains(m.group())) {
                metrics.add(m.group());
            }
        }
        return metrics;
    }

    private static String listedName(String metric, Map<String, String> documented) {
        if (documented.containsKey(metric)) {
            return metric;
        }
        return SERIES_SUFFIXES.stream().filter(metric::endsWith)
                .map(s -> metric.substring(0, metric.length() - s.length()))
                .filter(documented::containsKey).findFirst().orElse(null);
    }

    private static List<String> expressions() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(
                Files.readString(RenderedManifests.K8S.resolve("observability/newslens-dashboard.json")));
        List<String> exprs = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> exprs.add(t.path("expr").asText())));
        assertThat(exprs).isNotEmpty();
        return exprs;
    }

    /** Metric name to the table's "Service" column. */
    private static Map<String, String> documented() throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (String line : Files.readAllLines(RenderedManifests.ROOT.resolve("docs/operations.md"))) {
            Matcher m = DOC_ROW.matcher(line);
            if (m.find()) {
                names.put(m.group(1), m.group(2));
            }
        }
        assertThat(names).isNotEmpty();
        return names;
    }
}
