package dev.partnercontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.Launcher;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.sync.SyncFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Launcher.main} in a real child JVM, as a jar or an installer starts it: the headless
 * commands exit with their status, and no JavaFX class is ever loaded (so no window can open).
 */
class LauncherProcessTest {

    @TempDir
    Path dir;

    private record Run(int status, String stdout, String stderr) {
    }

    private String password;
    /** A line of the application's log format (Launcher.LogFormat): time, level, thread. */
    private static final String LOG_LINE = "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (WARN|INFO|ERROR) ";

    private Run launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                // As the jar's and the installers' launchers run it (the JVM's own notice otherwise).
                "--enable-native-access=ALL-UNNAMED",
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")),
                // Every class loaded, on standard output: none may be JavaFX's.
                "-Xlog:class+load=info:stdout",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // No display at all: a window could not open even if the code tried.
        builder.environment().remove("DISPLAY");
        builder.environment().remove(CommandLine.PASSWORD_VARIABLE);
        if (password != null) {
            builder.environment().put(CommandLine.PASSWORD_VARIABLE, password);
        }
        Process p = builder.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the command ends by itself").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void exportRunsHeadlessWithoutLoadingJavaFx() throws Exception {
        Path db = dir.resolve("data.db");
        String key = SyncFixtures.newKey();
        try (Database d = Database.open(db)) {
            new SqliteAccountStore(d, new Users(new Validation("")), Clock.systemUTC())
                    .store(SyncFixtures.account(key), "Tess", "Tess", true);
        }
        Path bundle = dir.resolve("out.json");

        Run run = launch("--db=" + db, "--export=" + bundle);

        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(Files.readString(bundle)).contains(key);
        assertThat(run.stdout()).contains("Wrote 1 account(s)").contains("dev.partnercontacts.cli.CommandLine");
        assertThat(run.stdout().lines().filter(l -> l.contains("javafx.") || l.contains("com.sun.javafx") || l.contains("com.sun.glass")))
                .as("JavaFX classes loaded").isEmpty();
        assertThat(run.stderr()).as("the log is quiet at the command line").doesNotContain("INFO");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFileInUseByTheAppIsNamedAndTheStatusIsOne() throws Exception {
        Path db = dir.resolve("busy.db");
        try (Database held = Database.open(db)) {
            Run run = launch("--db=" + db, "--import=" + dir.resolve("any.json"));

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.stderr()).contains(db.toString()).contains("is in use");
            assertThat(run.stderr()).as("no log line among the messages").doesNotContainPattern(LOG_LINE);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSyncWithADeadServerSaysSoWithoutALogLineAndNeverSaysDone() throws Exception {
        Path db = dir.resolve("data.db");
        try (Database d = Database.open(db)) {
            new SqliteAccountStore(d, new Users(new Validation("")), Clock.systemUTC())
                    .store(SyncFixtures.account(SyncFixtures.newKey()), "Tess", "Tess", true);
        }
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }

        Run run = launchWithPassword("--db=" + db, "--sync", "--server=http://127.0.0.1:" + port, "--user=ada");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr()).contains("cannot be reached").doesNotContainPattern(LOG_LINE).doesNotContain("WARN");
        assertThat(run.stdout()).doesNotContain("Sync done");
    }

    private Run launchWithPassword(String... args) throws Exception {
        password = "not-needed-here";
        try {
            return launch(args);
        } finally {
            password = null;
        }
    }
}
