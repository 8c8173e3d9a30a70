package io.newslens.devstack.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void withoutATerminalProgressIsWholePlainLinesWithCountAndEta() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress bar = Progress.start(Output.lines(new PrintStream(bytes, true, StandardCharsets.UTF_8)),
                "submitted", 4)) {
            for (int i = 0; i < 4; i++) {
                bar.step();
            }
        }

        String written = bytes.toString(StandardCharsets.UTF_8);
        assertThat(written).doesNotContain("\r", "\u001b");
        List<String> lines = written.lines().toList();
        // At most the first look at the bar and its last state when closed: not one line per article.
        assertThat(lines).hasSizeBetween(1, 2);
        assertThat(lines.get(0)).startsWith("submitted ").contains("/4 articles");
        assertThat(lines.get(lines.size() - 1)).startsWith("submitted 100% [")
                .contains("4/4 articles (0:00:00 / 0:00:00)").endsWith("articles/s");
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceWithinTheWidth() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress bar = Progress.start(new Output(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 60),
                "enriched", 2)) {
            bar.stepTo(2);
        }

        String written = bytes.toString(StandardCharsets.UTF_8);
        assertThat(written).startsWith("\renriched").endsWith("\n").contains("2/2 articles");
        for (String drawn : written.strip().split("\r")) {
            assertThat(drawn.length()).isLessThan(60);
        }
    }

    @Test
    void aBarClosedAtOnceStillEndsItsLine() {
        // Closed before its first redraw, a progressbar 0.10.1 bar leaves the line open; how often that happens depends
        // on its thread, hence many bars.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Output terminal = new Output(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 60);
        for (int i = 0; i < 30; i++) {
            Progress.start(terminal, "bar" + i, 1).close();
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8).split("\n")).hasSize(30)
                .allSatisfy(line -> assertThat(line).startsWith("\rbar"));
    }
}
