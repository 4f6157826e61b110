package dev.partnercontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.Launcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code Launcher.main} in a real child JVM, as a jar or an installer starts it, with no display
 * and a UTF-8 locale; what it printed and the status it exited with.
 */
final class Headless {

    record Run(int status, String stdout, String stderr) {
    }

    private Headless() {
    }

    /**
     * @param scratch   a folder for the child's temporary files and its captured output
     * @param jvmOption one more JVM option (e.g. class-load logging), or null
     */
    static Run launch(Path scratch, String jvmOption, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "--enable-native-access=ALL-UNNAMED",
                "-Djava.io.tmpdir=" + Files.createDirectories(scratch.resolve("tmp"))));
        if (jvmOption != null) {
            command.add(jvmOption);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = scratch.resolve("out.txt");
        Path err = scratch.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // No display at all: a window could not open even if the code tried.
        builder.environment().remove("DISPLAY");
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().remove(CommandLine.PASSWORD_VARIABLE);
        Process p = builder.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the command ends by itself").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
