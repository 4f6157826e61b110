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

    private Run launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
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
        }
    }
}
