package io.newslens.devstack.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of the end-to-end benchmark, apart from any I/O: percentiles, the steady-state rate of a
 * growing count, shares of CPU time, rates per time window. Written here rather than taken from a statistics
 * library because each is a few lines and the launcher's classpath should stay small.
 */
public final class Figures {

    private Figures() {
    }

    /** A count observed at {@code seconds} after the start of a run. */
    public record Point(double seconds, double count) {
    }

    /**
     * The {@code p}-th percentile (0 < p ≤ 100) by the nearest-rank method: the smallest value such that at least
     * p% of the values are less than or equal to it. NaN for no values.
     */
    public static double percentile(Collection<Double> values, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
        }
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /**
     * The rate of a count that grows to {@code total} over the run, between the moments it reaches {@code from}
     * and {@code to} (fractions of {@code total}, e.g. 0.1 and 0.9): the steady state, without the ramp-up
     * (consumers joining, JIT) and the tail (the last articles on fewer threads). The crossing moments are
     * interpolated linearly between observations. NaN when the count never reaches {@code to} of the total or the
     * two moments coincide.
     */
    public static double steadyRate(List<Point> series, double total, double from, double to) {
        if (!(0 <= from && from < to && to <= 1)) {
            throw new IllegalArgumentException("need 0 <= from < to <= 1, got " + from + ", " + to);
        }
        double start = crossing(series, from * total);
        double end = crossing(series, to * total);
        if (Double.isNaN(start) || Double.isNaN(end) || end <= start) {
            return Double.NaN;
        }
        return (to - from) * total / (end - start);
    }

    /** When the count first reaches {@code level}, interpolated; NaN if it never does. */
    static double crossing(List<Point> series, double level) {
        Point previous = null;
        for (Point point : series) {
            if (point.count() >= level) {
                if (previous == null || point.count() == previous.count()) {
                    return point.seconds();
                }
                double fraction = (level - previous.count()) / (point.count() - previous.count());
                return previous.seconds() + fraction * (point.seconds() - previous.seconds());
            }
            previous = point;
        }
        return Double.NaN;
    }

    /** Each entry's share of the sum, in percent, in the same order. */
    public static Map<String, Double> sharesPercent(Map<String, Double> amounts) {
        double sum = amounts.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        amounts.forEach((name, amount) -> shares.put(name, sum == 0 ? 0 : 100 * amount / sum));
        return shares;
    }

    /**
     * How close the pipeline comes to the engine alone: pipeline articles/s over raw engine articles/s.
     * NaN when either is unknown or the raw rate is not positive.
     */
    public static double ratio(double pipelineRate, double rawRate) {
        if (Double.isNaN(pipelineRate) || Double.isNaN(rawRate) || rawRate <= 0) {
            return Double.NaN;
        }
        return pipelineRate / rawRate;
    }

    /**
     * Events per second in consecutive windows of {@code window} seconds from 0 to {@code end}: element i is the
     * rate over [i·window, (i+1)·window); the last window may be shorter and is divided by its own length.
     */
    public static List<Double> ratePerWindow(Collection<Double> eventSeconds, double window, double end) {
        int windows = Math.max(1, (int) Math.ceil(end / window));
        double[] counts = new double[windows];
        for (double t : eventSeconds) {
            int i = (int) Math.floor(t / window);
            if (t >= 0 && i < windows) {
                counts[i]++;
            }
        }
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < windows; i++) {
            double length = Math.min(window, end - i * window);
            rates.add(length > 0 ? counts[i] / length : 0);
        }
        return rates;
    }

    /**
     * The rate of a sampled count in consecutive windows of {@code window} seconds from 0 to {@code end}, from the
     * count interpolated at each window's bounds.
     */
    public static List<Double> countRatePerWindow(List<Point> series, double window, double end) {
        List<Double> rates = new ArrayList<>();
        for (double start = 0; start < end; start += window) {
            double stop = Math.min(start + window, end);
            rates.add((countAt(series, stop) - countAt(series, start)) / (stop - start));
        }
        return rates;
    }

    /** The count at {@code seconds}, interpolated between observations; 0 before the first, the last after it. */
    static double countAt(List<Point> series, double seconds) {
        Point previous = null;
        for (Point point : series) {
            if (point.seconds() >= seconds) {
                if (previous == null) {
                    return point.seconds() == seconds ? point.count() : 0;
                }
                double fraction = (seconds - previous.seconds()) / (point.seconds() - previous.seconds());
                return previous.count() + fraction * (point.count() - previous.count());
            }
            previous = point;
        }
        return previous == null ? 0 : previous.count();
    }
}
