package dev.partnercontacts;

import dev.partnercontacts.cli.CommandLine;
import dev.partnercontacts.cli.Console;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Plain entry point for jars and installers. Launching through a class that does not extend
 * {@link Application} lets JavaFX start from the class path, without module flags.
 *
 * <p>It also sets up logging: slf4j logs through {@code java.util.logging}, which the JDK and
 * JavaFX load anyway (Logback cost some 500 classes and a tenth of a second at every start).
 * Records at INFO and above go to standard error, one line each, as
 * {@code 12:34:56.789 WARN  [thread] d.p.storage.Database - message}, then the stack trace.
 *
 * <p>{@code --export}, {@code --import} and {@code --sync} run the headless command line instead
 * and exit with its status: no window opens and no JavaFX class is loaded (the window is started
 * from a method of its own, which the JVM links only when it is called).
 */
public final class Launcher {

    /** Held: java.util.logging keeps loggers only weakly, and would forget the level. */
    private static final Logger SMOKE_TEST_LOG = Logger.getLogger("dev.partnercontacts.App");

    private Launcher() {
    }

    public static void main(String[] args) {
        configureLogging(java.util.List.of(args));
        if (CommandLine.isHeadless(args)) {
            // The command line's standard error is for its own messages: every failure is one of
            // them already, so only an error the code did not foresee is logged among them.
            if (System.getProperty("java.util.logging.config.file") == null) {
                Logger.getLogger("").setLevel(Level.SEVERE);
            }
            System.exit(CommandLine.run(args, System.getenv(), Console.system()));
        }
        startWindow(args);
    }

    private static void startWindow(String[] args) {
        Preparation.prepareAhead(java.util.List.of(args));
        Application.launch(App.class, args);
    }

    /**
     * Standard error, warnings and errors only, in the format of {@link LogFormat} (the README:
     * "the log shows warnings only"); with {@code --smoke-test} also the start-up line that
     * {@code installer/smoke-test.sh} and {@code installer/bench.sh} read. Left alone when a
     * configuration file is given with {@code -Djava.util.logging.config.file}.
     */
    static void configureLogging(java.util.List<String> args) {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        Handler stderr = new ConsoleHandler();
        stderr.setLevel(Level.ALL);
        stderr.setFormatter(new LogFormat());
        root.addHandler(stderr);
        root.setLevel(Level.WARNING);
        SMOKE_TEST_LOG.setLevel(args.contains("--smoke-test") ? Level.INFO : null);
    }

    /**
     * One line a record: time, level (in slf4j's words), thread, the logger's name shortened to
     * about 20 characters, message; then the stack trace, if any. Public with a no-argument
     * constructor so that a logging configuration file can name it.
     */
    public static final class LogFormat extends Formatter {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
        private static final int LOGGER_WIDTH = 20;

        @Override
        public String format(LogRecord logRecord) {
            StringBuilder line = new StringBuilder(128)
                    .append(TIME.format(LocalTime.ofInstant(logRecord.getInstant(), ZoneId.systemDefault())))
                    .append(' ').append(String.format("%-5s", level(logRecord.getLevel())))
                    // Records are published on the thread that logs them (no asynchronous handler).
                    .append(" [").append(Thread.currentThread().getName()).append("] ")
                    .append(abbreviate(logRecord.getLoggerName())).append(" - ")
                    .append(formatMessage(logRecord)).append(System.lineSeparator());
            if (logRecord.getThrown() != null) {
                appendTrace(line, logRecord.getThrown(), "", "", Collections.newSetFromMap(new IdentityHashMap<>()));
            }
            return line.toString();
        }

        /** The stack trace as the JDK prints it: frames, then suppressed and causes, each once. */
        private static void appendTrace(StringBuilder out, Throwable thrown, String caption, String indent,
                Set<Throwable> seen) {
            if (!seen.add(thrown)) {
                out.append(indent).append(caption).append("[CIRCULAR REFERENCE: ").append(thrown).append(']')
                        .append(System.lineSeparator());
                return;
            }
            out.append(indent).append(caption).append(thrown).append(System.lineSeparator());
            for (StackTraceElement frame : thrown.getStackTrace()) {
                out.append(indent).append("\tat ").append(frame).append(System.lineSeparator());
            }
            for (Throwable suppressed : thrown.getSuppressed()) {
                appendTrace(out, suppressed, "Suppressed: ", indent + "\t", seen);
            }
            if (thrown.getCause() != null) {
                appendTrace(out, thrown.getCause(), "Caused by: ", indent, seen);
            }
        }

        /** slf4j's level names, which slf4j-jdk14 maps to SEVERE, WARNING, INFO, FINE and FINEST. */
        static String level(Level level) {
            int value = level.intValue();
            if (value >= Level.SEVERE.intValue()) {
                return "ERROR";
            } else if (value >= Level.WARNING.intValue()) {
                return "WARN";
            } else if (value >= Level.INFO.intValue()) {
                return "INFO";
            } else if (value >= Level.FINE.intValue()) {
                return "DEBUG";
            }
            return "TRACE";
        }

        /** Package names cut to their first letter, from the left, until the name fits: d.p.storage.Database. */
        static String abbreviate(String name) {
            if (name == null || name.length() <= LOGGER_WIDTH) {
                return name == null ? "" : name;
            }
            String[] parts = name.split("\\.");
            int length = name.length();
            for (int i = 0; i < parts.length - 1 && length > LOGGER_WIDTH; i++) {
                length -= parts[i].length() - 1;
                parts[i] = parts[i].isEmpty() ? "" : parts[i].substring(0, 1);
            }
            return String.join(".", parts);
        }
    }
}
