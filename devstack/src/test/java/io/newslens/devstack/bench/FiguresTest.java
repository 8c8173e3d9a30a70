package io.newslens.devstack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.newslens.devstack.bench.Figures.Point;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final List<Double> ONE_TO_HUNDRED =
            java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList();

    @Test
    void percentilesUseTheNearestRank() {
        List<Double> shuffled = new java.util.ArrayList<>(ONE_TO_HUNDRED);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        assertThat(Figures.percentile(shuffled, 50)).isEqualTo(50.0);
        assertThat(Figures.percentile(shuffled, 95)).isEqualTo(95.0);
        assertThat(Figures.percentile(shuffled, 99)).isEqualTo(99.0);
        assertThat(Figures.percentile(shuffled, 100)).isEqualTo(100.0);
        // 5 values: p50 is the 3rd, p99 the 5th, p1 the 1st.
        List<Double> five = List.of(30.0, 10.0, 50.0, 20.0, 40.0);
        assertThat(Figures.percentile(five, 50)).isEqualTo(30.0);
        assertThat(Figures.percentile(five, 99)).isEqualTo(50.0);
        assertThat(Figures.percentile(five, 1)).isEqualTo(10.0);
    }

    @Test
    void percentileOfNothingIsNotANumberAndOutOfRangeIsRefused() {
        assertThat(Figures.percentile(List.of(), 50)).isNaN();
        assertThatThrownBy(() -> Figures.percentile(ONE_TO_HUNDRED, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Figures.percentile(ONE_TO_HUNDRED, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void steadyRateIgnoresRampUpAndTail() {
        // Nothing for 10 s (models, consumers joining), then 5 articles/s up to 100, then a slow tail to 110.
        List<Point> series = List.of(new Point(0, 0), new Point(10, 0), new Point(20, 50), new Point(30, 100),
                new Point(40, 105), new Point(60, 110));
        // 10% of 110 = 11 at t = 12.2 s, 90% = 99 at t = 29.8 s: 88 articles in 17.6 s.
        assertThat(Figures.steadyRate(series, 110, 0.1, 0.9)).isCloseTo(88 / 17.6, within(1e-9));
        // The whole run, ramp-up and tail included, is slower.
        assertThat(110 / 60.0).isLessThan(Figures.steadyRate(series, 110, 0.1, 0.9));
    }

    @Test
    void steadyRateIsUnknownWhenTheCountNeverGetsThere() {
        List<Point> stalled = List.of(new Point(0, 0), new Point(10, 20), new Point(20, 20));
        assertThat(Figures.steadyRate(stalled, 100, 0.1, 0.9)).isNaN();
        assertThat(Figures.steadyRate(List.of(), 100, 0.1, 0.9)).isNaN();
    }

    @Test
    void cpuSharesAddUpToAHundredPercentInTheGivenOrder() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("nlp-service", 150.0);
        cpu.put("ingest-service", 30.0);
        cpu.put("postgresql", 20.0);
        Map<String, Double> shares = Figures.sharesPercent(cpu);
        assertThat(shares).containsExactly(Map.entry("nlp-service", 75.0), Map.entry("ingest-service", 15.0),
                Map.entry("postgresql", 10.0));
        assertThat(Figures.sharesPercent(Map.of("idle", 0.0))).containsEntry("idle", 0.0);
    }

    @Test
    void ratioOfPipelineToRawEngine() {
        assertThat(Figures.ratio(4.5, 5.0)).isCloseTo(0.9, within(1e-12));
        assertThat(Figures.ratio(4.5, 0)).isNaN();
        assertThat(Figures.ratio(Double.NaN, 5.0)).isNaN();
    }

    @Test
    void ratesPerWindowCountEventsAndDivideTheShortLastWindowByItsLength() {
        List<Double> events = List.of(0.5, 1.0, 9.9, 10.0, 14.0, 24.0);
        // [0,10): 3 events / 10 s, [10,20): 2 / 10 s, [20,25): 1 / 5 s.
        assertThat(Figures.ratePerWindow(events, 10, 25)).containsExactly(0.3, 0.2, 0.2);
    }

    @Test
    void countRatesPerWindowInterpolateTheSampledCount() {
        List<Point> series = List.of(new Point(0, 0), new Point(5, 10), new Point(15, 30), new Point(20, 30));
        // count at 10 = 20, at 20 = 30.
        assertThat(Figures.countRatePerWindow(series, 10, 20)).containsExactly(2.0, 1.0);
    }
}
