package io.newslens.devstack.console;

import java.io.PrintStream;

/**
 * Where the launcher writes what a user watches, and whether that is a terminal: a terminal gets its progress and
 * status redrawn in place ({@code \r}), anything else (a file, a pipe, a test's log) gets whole lines now and then.
 *
 * @param width the columns a redrawn line may take; longer ones would wrap and could no longer be redrawn
 */
public record Output(PrintStream out, boolean terminal, int width) {

    static final int DEFAULT_WIDTH = 80;

    /** Standard output, a terminal when the JVM has a console (neither stdin nor stdout redirected). */
    public static Output stdout() {
        return new Output(System.out, System.console() != null, columns(System.getenv("COLUMNS")));
    }

    /** Whole lines on {@code out}: for logs, pipes and tests. */
    public static Output lines(PrintStream out) {
        return new Output(out, false, 120);
    }

    /** {@code $COLUMNS} when the shell exports it, else 80. */
    static int columns(String columns) {
        try {
            int n = columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.trim());
            return n >= 40 ? n : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
