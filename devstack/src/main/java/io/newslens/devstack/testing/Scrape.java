package io.newslens.devstack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a service's {@code /q/metrics} (Prometheus text format 0.0.4, or OpenMetrics, which Quarkus serves
 * when the client accepts anything), for tests that check a metric moved. Hand-written because the Prometheus Java
 * client ships writers for these formats but no reader, and tests need only sample lines:
 * {@code name{label="value",...} number}, in OpenMetrics perhaps followed by an exemplar
 * ({@code # {trace_id="...",span_id="..."} 1.0 <time>}, when tracing is on), which is not part of the sample.
 */
public final class Scrape {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+).*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DOC_ROW = Pattern.compile("^\\|\\s*`([a-z_:][a-z0-9_:]*)`\\s*\\|[^|]*\\|[^|]*\\|\\s*([^|]+?)\\s*\\|");
    private static final String EXEMPLAR = " # {";
    private static final List<String> SERIES_SUFFIXES = List.of("", "_bucket", "_count");

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples = new ArrayList<>();

    private Scrape(String text) {
        for (String line : text.split("\n")) {
            int exemplar = line.indexOf(EXEMPLAR);
            Matcher m = SAMPLE.matcher(exemplar < 0 ? line : line.substring(0, exemplar));
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(4))));
        }
    }

    public static Scrape of(String prometheusText) {
        return new Scrape(prometheusText);
    }

    /** The sum of the samples named {@code name} whose labels include {@code labels} (pairs: name, value, ...). */
    public double sum(String name, String... labels) {
        return samples.stream().filter(s -> s.name().equals(name) && hasLabels(s, labels))
                .mapToDouble(Sample::value).sum();
    }

    /** How much {@link #sum} grew since {@code before}. */
    public double increase(Scrape before, String name, String... labels) {
        return sum(name, labels) - before.sum(name, labels);
    }

    /**
     * The metrics {@code docs/operations.md} lists for {@code service} that this scrape lacks; fails when it lists
     * none, so that a renamed table or service cannot pass unnoticed.
     */
    public List<String> missingDocumented(Path operationsDoc, String service) {
        Set<String> documented = documentedFor(operationsDoc, service);
        if (documented.isEmpty()) {
            throw new IllegalStateException(operationsDoc + " lists no metric for " + service);
        }
        return documented.stream().filter(name -> !exports(name)).toList();
    }

    /** Whether some sample is named {@code name} and has {@code labels} (pairs: name, value, ...). */
    public boolean has(String name, String... labels) {
        return samples.stream().anyMatch(s -> s.name().equals(name) && hasLabels(s, labels));
    }

    /**
     * Whether some sample is named {@code name}, or for a histogram its {@code _bucket} or {@code _count} series
     * (never {@code _max}: Kafka's {@code records_lag_max} must not pass for {@code records_lag}).
     */
    public boolean exports(String name) {
        return samples.stream().anyMatch(s -> SERIES_SUFFIXES.stream().anyMatch(x -> s.name().equals(name + x)));
    }

    /**
     * The metrics that {@code docs/operations.md}'s metric tables list for {@code service} (the table's fourth
     * column, a comma-separated list of services or {@code all}): the contract each service's metrics test holds
     * it to.
     */
    public static Set<String> documentedFor(Path operationsDoc, String service) {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(operationsDoc)) {
                Matcher m = DOC_ROW.matcher(line);
                if (m.find() && List.of(m.group(2).split("\\s*,\\s*")).stream()
                        .anyMatch(s -> s.equals(service) || s.equals("all"))) {
                    names.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static boolean hasLabels(Sample s, String... labels) {
        for (int i = 0; i + 1 < labels.length; i += 2) {
            if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }
}
