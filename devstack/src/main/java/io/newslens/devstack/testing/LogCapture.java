package io.newslens.devstack.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Records every log line the service writes while it is open (every category at its configured level, one category
 * down to DEBUG), with the MDC as it was when the line was logged, for tests about what logs contain. JUL, because Quarkus logs through the
 * JBoss LogManager, whose loggers are JUL loggers.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    /** One log line: its category, formatted message (with the exception's text, if any) and MDC. */
    public record Line(String category, Level level, String message, Map<String, String> mdc) {
        public boolean mentions(String text) {
            return message.contains(text) || mdc.values().stream().anyMatch(v -> v != null && v.contains(text));
        }
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Logger category;
    private final Level previousLevel;

    /**
     * Captures everything at INFO and above, and {@code debugCategory} (e.g. {@code io.newslens}) down to DEBUG, as
     * production would with that category's level lowered.
     */
    public LogCapture(String debugCategory) {
        category = Logger.getLogger(debugCategory);
        previousLevel = category.getLevel();
        category.setLevel(Level.FINE);
        setLevel(Level.ALL);
        root.addHandler(this);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        // JBoss records know their format style (printf for infof, MessageFormat for others).
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage()
                : new SimpleFormatter().formatMessage(record);
        if (record.getThrown() != null) {
            message += " " + record.getThrown();
        }
        Map<String, String> mdc = record instanceof ExtLogRecord ext ? new HashMap<>(ext.getMdcCopy()) : Map.of();
        lines.add(new Line(record.getLoggerName(), record.getLevel(), message, mdc));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
        category.setLevel(previousLevel);
    }
}
