package dev.partnercontacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class LogFormatTest {

    private final Launcher.LogFormat format = new Launcher.LogFormat();

    @Test
    void oneLineWithTimeLevelThreadShortLoggerAndMessage() {
        LogRecord logRecord = new LogRecord(Level.WARNING, "Cannot open the database {0}");
        logRecord.setParameters(new Object[] {"/tmp/x.db"});
        logRecord.setLoggerName("dev.partnercontacts.storage.Database");

        String line = format.format(logRecord);

        assertThat(line).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  \\[" + Thread.currentThread().getName()
                + "\\] d\\.p\\.storage\\.Database - Cannot open the database /tmp/x\\.db" + System.lineSeparator());
    }

    @Test
    void slf4jLevelNames() {
        assertThat(Launcher.LogFormat.level(Level.SEVERE)).isEqualTo("ERROR");
        assertThat(Launcher.LogFormat.level(Level.WARNING)).isEqualTo("WARN");
        assertThat(Launcher.LogFormat.level(Level.INFO)).isEqualTo("INFO");
        assertThat(Launcher.LogFormat.level(Level.FINE)).isEqualTo("DEBUG");
        assertThat(Launcher.LogFormat.level(Level.FINEST)).isEqualTo("TRACE");
    }

    @Test
    void shortNamesStayWholeAndLongOnesLoseLetters() {
        assertThat(Launcher.LogFormat.abbreviate("dev.partnercontacts.App")).isEqualTo("d.p.App");
        assertThat(Launcher.LogFormat.abbreviate("javafx.scene")).isEqualTo("javafx.scene");
        assertThat(Launcher.LogFormat.abbreviate("")).isEmpty();
        assertThat(Launcher.LogFormat.abbreviate(null)).isEmpty();
    }

    @Test
    void stackTraceWithCauseAndSuppressedFollowsTheLine() {
        IOException cause = new IOException("disk full");
        IllegalStateException thrown = new IllegalStateException("save failed", cause);
        thrown.addSuppressed(new IllegalArgumentException("rollback failed"));
        LogRecord logRecord = new LogRecord(Level.SEVERE, "The draft could not be saved");
        logRecord.setLoggerName("x");
        logRecord.setThrown(thrown);

        String text = format.format(logRecord);

        assertThat(text.lines().toList()).element(0).asString().endsWith("ERROR [" + Thread.currentThread().getName()
                + "] x - The draft could not be saved");
        assertThat(text).contains(System.lineSeparator() + "java.lang.IllegalStateException: save failed"
                        + System.lineSeparator() + "\tat dev.partnercontacts.LogFormatTest.")
                .contains("\tSuppressed: java.lang.IllegalArgumentException: rollback failed")
                .contains("Caused by: java.io.IOException: disk full");
    }

    @Test
    void theLogShowsWarningsOnlyAndASmokeTestItsStartUpLine() {
        String config = System.clearProperty("java.util.logging.config.file");
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Handler[] handlers = root.getHandlers();
        Level level = root.getLevel();
        java.util.logging.Logger app = java.util.logging.Logger.getLogger("dev.partnercontacts.App");
        Level appLevel = app.getLevel();
        try {
            Launcher.configureLogging(java.util.List.of("--db=x.db"));
            assertThat(root.getLevel()).isEqualTo(Level.WARNING);
            assertThat(java.util.logging.Logger.getLogger("dev.partnercontacts.storage.Backups").isLoggable(Level.INFO))
                    .as("no INFO chatter").isFalse();
            assertThat(app.isLoggable(Level.INFO)).isFalse();

            Launcher.configureLogging(java.util.List.of("--smoke-test"));
            assertThat(app.isLoggable(Level.INFO)).as("the line smoke-test.sh and bench.sh read").isTrue();
        } finally {
            for (java.util.logging.Handler h : root.getHandlers()) {
                root.removeHandler(h);
            }
            for (java.util.logging.Handler h : handlers) {
                root.addHandler(h);
            }
            root.setLevel(level);
            app.setLevel(appLevel);
            if (config != null) {
                System.setProperty("java.util.logging.config.file", config);
            }
        }
    }
}
