package io.newslens.devstack.console;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars of articles with their rate and ETA (me.tongfei:progressbar): redrawn in place on a terminal; as a
 * plain line every {@link #LOG_EVERY} otherwise (when something moved), so that logs stay readable.
 */
public final class Progress {

    static final Duration REDRAW_EVERY = Duration.ofMillis(250);
    static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private Progress() {
    }

    /** A bar named {@code task} that counts to {@code total} articles; close it when done (it prints its last state). */
    public static ProgressBar bar(Output output, String task, long total) {
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" articles", 1)
                .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        if (output.terminal()) {
            // A given width: without one, progressbar opens JLine's system terminal to ask, and while that is open it
            // replaces the JVM's signal handlers, so that Ctrl-C would skip the hook that stops the services.
            return builder.setStyle(ProgressBarStyle.UNICODE_BLOCK)
                    .setUpdateIntervalMillis((int) REDRAW_EVERY.toMillis())
                    .setConsumer(new ConsoleProgressBarConsumer(output.out(), output.width() - 1))
                    .build();
        }
        return builder.setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis((int) LOG_EVERY.toMillis())
                .setConsumer(new DelegatingProgressBarConsumer(output.out()::println, output.width()))
                .build();
    }
}
