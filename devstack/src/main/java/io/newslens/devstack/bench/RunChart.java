package io.newslens.devstack.bench;

import io.newslens.devstack.bench.SearchableLatencies.Searchable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.internal.chartpart.Chart;

/** The benchmark's plot: throughput and accept → searchable latency per 10-second window, one line per run. */
final class RunChart {

    static final double WINDOW_SECONDS = 10;

    private RunChart() {
    }

    /** Writes a PNG with two charts, one above the other. */
    static void write(Path png, List<PipelineRun.Result> runs) {
        // No display on a server: AWT must not look for one.
        System.setProperty("java.awt.headless", "true");
        XYChart throughput = chart("Throughput per " + (int) WINDOW_SECONDS + " s window", "articles/s enriched");
        throughput.setYAxisGroupTitle(1, "articles/s accepted");
        throughput.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        XYChart latency = chart("Accept → searchable latency of the articles that became searchable in each window",
                "seconds");
        for (PipelineRun.Result run : runs) {
            String label = run.nlpInstances() + " nlp";
            double end = run.totalSeconds();
            // On the right-hand axis: the gateway accepts 10-100× faster than NLP enriches.
            add(throughput, "accepted at the gateway (right axis), " + label,
                    Figures.ratePerWindow(run.acceptSeconds(), WINDOW_SECONDS, end)).setYAxisGroup(1);
            add(throughput, "enriched, " + label, Figures.countRatePerWindow(run.enriched(), WINDOW_SECONDS, end));
            Map<Integer, List<Double>> byWindow = new TreeMap<>();
            for (Searchable s : run.searchable()) {
                byWindow.computeIfAbsent((int) (s.seconds() / WINDOW_SECONDS), w -> new ArrayList<>()).add(s.latency());
            }
            if (!byWindow.isEmpty()) {
                double[] x = byWindow.keySet().stream().mapToDouble(w -> (w + 0.5) * WINDOW_SECONDS).toArray();
                latency.addSeries("p50, " + label,
                        x, byWindow.values().stream().mapToDouble(l -> Figures.percentile(l, 50)).toArray());
                latency.addSeries("max, " + label,
                        x, byWindow.values().stream().mapToDouble(l -> Figures.percentile(l, 100)).toArray());
            }
        }
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            List<Chart<?, ?>> charts = List.of(throughput, latency);
            BitmapEncoder.saveBitmap(charts, 2, 1, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + png, e);
        }
    }

    private static XYChart chart(String title, String yAxis) {
        XYChart chart = new XYChartBuilder().width(1000).height(420).title(title)
                .xAxisTitle("seconds since the first batch").yAxisTitle(yAxis).build();
        chart.getStyler().setMarkerSize(4);
        chart.getStyler().setYAxisDecimalPattern("#,##0.##");
        return chart;
    }

    private static XYSeries add(XYChart chart, String name, List<Double> perWindow) {
        double[] x = new double[perWindow.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i + 0.5) * WINDOW_SECONDS;
        }
        return chart.addSeries(name, x, perWindow.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
