package io.newslens.devstack.console;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar of articles with their rate and ETA (me.tongfei:progressbar): redrawn in place on a terminal; as a
 * plain line every {@link #LOG_EVERY} otherwise (when something moved), so that logs stay readable.
 */
public final class Progress implements AutoCloseable {

    static final Duration REDRAW_EVERY = Duration.ofMillis(250);
    static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private final ProgressBar bar;
    private final Redrawn redrawn;

    private Progress(ProgressBar bar, Redrawn redrawn) {
        this.bar = bar;
        this.redrawn = redrawn;
    }

    /** A bar named {@code task} that counts to {@code total} articles; close it when done (it prints its last state). */
    public static Progress start(Output output, String task, long total) {
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" articles", 1)
                .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        if (output.terminal()) {
            // A given width: without one, progressbar opens JLine's system terminal to ask, and while that is open it
            // replaces the JVM's signal handlers, so that Ctrl-C would skip the hook that stops the services.
            Redrawn redrawn = new Redrawn(output);
            return new Progress(builder.setStyle(ProgressBarStyle.UNICODE_BLOCK)
                    .setUpdateIntervalMillis((int) REDRAW_EVERY.toMillis()).setConsumer(redrawn).build(), redrawn);
        }
        ProgressBarConsumer lines = new DelegatingProgressBarConsumer(new NewLines(output), output.width());
        return new Progress(builder.setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis((int) LOG_EVERY.toMillis()).setConsumer(lines).build(), null);
    }

    public void step() {
        bar.step();
    }

    public void stepTo(long done) {
        bar.stepTo(done);
    }

    @Override
    public void close() {
        bar.close();
        // progressbar 0.10.1 skips ending the line when closed before its first redraw.
        if (redrawn != null && !redrawn.closed) {
            redrawn.close();
        }
    }

    /** Prints each state as a line, but not the same one twice (progressbar 0.10.1 renders the last state twice). */
    private static final class NewLines implements Consumer<String> {
        private final Output output;
        private String last;

        NewLines(Output output) {
            this.output = output;
        }

        @Override
        public void accept(String line) {
            if (!line.equals(last)) {
                output.out().println(line);
                last = line;
            }
        }
    }

    /** Redraws in place and ends the line when closed. */
    private static final class Redrawn extends ConsoleProgressBarConsumer {
        private volatile boolean closed;

        Redrawn(Output output) {
            super(output.out(), output.width() - 1);
        }

        @Override
        public void close() {
            closed = true;
            super.close();
        }
    }
}
