package dev.partnercontacts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Everything logged while it is open, as the text a log file would hold: message, then stack
 * trace. The application's and SQLite's driver's loggers down to DEBUG, JavaFX's from INFO (slf4j
 * logs through java.util.logging, where JavaFX's own loggers are too; their DEBUG records are
 * toolkit diagnostics, such as the focus of every cell, that only a developer turns on).
 */
public final class LogCapture implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final Level previous = root.getLevel();
    /** Held here: java.util.logging keeps loggers only weakly, and would forget their levels. */
    private final List<Logger> javafx = List.of(Logger.getLogger("javafx"), Logger.getLogger("com.sun.javafx"));
    private final List<Level> javafxPrevious = javafx.stream().map(Logger::getLevel).toList();
    private final List<String> lines = new ArrayList<>();
    private final Launcher.LogFormat format = new Launcher.LogFormat();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            String line = Launcher.LogFormat.level(logRecord.getLevel()) + " " + logRecord.getLoggerName()
                    + " - " + format.formatMessage(logRecord);
            if (logRecord.getThrown() != null) {
                // The formatter's whole text holds the trace; keep only what follows its first line.
                String whole = format.format(logRecord);
                line += "\n" + whole.substring(whole.indexOf(System.lineSeparator()) + System.lineSeparator().length());
            }
            synchronized (lines) {
                lines.add(line);
                lines.notifyAll();
            }
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing to release
        }
    };

    public LogCapture() {
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.FINE);
        javafx.forEach(logger -> logger.setLevel(Level.INFO));
    }

    /** The lines logged so far, each with its stack trace, if any. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /**
     * The lines logged so far, once one of them is {@code wanted} or {@code timeout} has passed:
     * for a line another thread logs, such as a dying thread's uncaught-error handler.
     */
    public List<String> awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            long left = timeout.toNanos();
            while (lines.stream().noneMatch(wanted) && left > 0) {
                TimeUnit.NANOSECONDS.timedWait(lines, left);
                left = deadline - System.nanoTime();
            }
            return List.copyOf(lines);
        }
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        root.setLevel(previous);
        for (int i = 0; i < javafx.size(); i++) {
            javafx.get(i).setLevel(javafxPrevious.get(i));
        }
    }
}
