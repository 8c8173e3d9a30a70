package io.newslens.devstack.console;

import static io.newslens.devstack.console.StatusLineTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.contracts.api.ArticleCounts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class StatusWatchTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private Instant now = Instant.parse("2026-01-05T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void onATerminalTheLineIsRedrawnInPlaceWithTheRateOverTheLastSeconds() {
        StatusWatch watch = new StatusWatch(new Output(out, true, 100),
                answers(counts(0, 0, 10, 0), counts(0, 4, 20, 0)), clock);

        watch.update();
        now = now.plus(Duration.ofSeconds(5));
        watch.update();

        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).doesNotContain("\n").startsWith("\rarticles: 10 received");
        assertThat(shown.substring(shown.lastIndexOf('\r')))
                .startsWith("\rarticles: 24 received (2.8/s), 20 enriched (2.0/s), 0 failed, 4 in progress");
    }

    @Test
    void aShorterLineBlanksWhatTheLongerOneLeftOnTheTerminal() {
        StatusWatch watch = new StatusWatch(new Output(out, true, 100),
                () -> counts(0, 0, 1000, 0), clock);
        watch.update();
        int longer = bytes.size() - 1;
        bytes.reset();
        StatusWatch failing = new StatusWatch(new Output(out, true, 100), () -> {
            throw new IllegalStateException("ingest-service is not answering");
        }, clock);

        failing.update();
        watch.update();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("\rarticles: ingest-service is not answering");
        String last = bytes.toString(StandardCharsets.UTF_8).substring(bytes.toString(StandardCharsets.UTF_8)
                .lastIndexOf('\r') + 1);
        assertThat(last.stripTrailing()).hasSize(longer);
    }

    @Test
    void onceStoppedTheLineIsEndedAndNoLongerRedrawn() {
        StatusWatch watch = new StatusWatch(new Output(out, true, 100), () -> counts(0, 0, 5, 0), clock);
        watch.update();

        watch.stop();
        watch.update();
        out.print("Stopping newslens ...");

        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("0 in progress\nStopping newslens ...")
                .containsOnlyOnce("\r");
    }

    @Test
    void inALogAStampedLineIsWrittenOnlyWhenTheCountsChanged() {
        StatusWatch watch = new StatusWatch(Output.lines(out),
                answers(counts(1, 0, 0, 0), counts(1, 0, 0, 0), counts(0, 0, 1, 0)), clock);

        for (int i = 0; i < 3; i++) {
            watch.update();
            now = now.plus(StatusWatch.LOG_EVERY);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "10:00:00 articles: 1 received (-/s), 0 enriched (-/s), 0 failed, 1 in progress",
                "10:01:00 articles: 1 received (0.0/s), 1 enriched (0.0/s), 0 failed, 0 in progress");
    }

    private static Supplier<ArticleCounts> answers(ArticleCounts... counts) {
        Deque<ArticleCounts> queue = new ArrayDeque<>(List.of(counts));
        return queue::removeFirst;
    }
}
