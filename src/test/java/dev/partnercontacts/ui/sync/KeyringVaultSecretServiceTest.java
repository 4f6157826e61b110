package dev.partnercontacts.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Remember password" against a real Secret Service: Debian's GNOME Keyring, in a D-Bus session
 * of its own ({@code dbus-run-session}), unlocked for the test with a throw-away password, around
 * a small probe JVM ({@link KeyringProbe}) that uses {@link KeyringVault} as the app does. Needs
 * the Debian packages gnome-keyring, dbus and libsecret-tools ({@code .ci/run} installs them); it
 * fails, rather than skips, without them.
 */
class KeyringVaultSecretServiceTest {

    @TempDir
    Path dir;

    @Test
    void aPasswordIsRememberedReadBackAndForgottenInTheSystemKeychain() throws Exception {
        for (String tool : List.of("/usr/bin/dbus-run-session", "/usr/bin/gnome-keyring-daemon")) {
            assertThat(Path.of(tool)).as("%s (Debian packages dbus and gnome-keyring; .ci/run installs them)", tool)
                    .isExecutable();
        }
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String secret = "pc-" + Long.toHexString(System.nanoTime());
        // The keyring's own files go to a fresh home: nothing of the machine's keyrings is touched.
        Path home = Files.createDirectories(dir.resolve("home"));
        String script = "printf keyring-unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
                + "exec \"$0\" -cp \"$1\" " + KeyringProbe.class.getName() + " \"$2\"";
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/dbus-run-session", "--", "sh", "-c", script, javaCommand,
                System.getProperty("java.class.path"), secret)
                .redirectError(dir.resolve("stderr.txt").toFile()).directory(dir.toFile());
        Path runtime = Files.createDirectories(dir.resolve("run"));
        Files.setPosixFilePermissions(runtime, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        String err = Files.readString(dir.resolve("stderr.txt"));

        assertThat(ended).as(err).isTrue();
        assertThat(out.lines().toList()).as("probe output; its stderr: %s", err)
                .containsExactly("SAVED", "READ " + secret, "FORGOTTEN empty");
    }
}
