package dev.partnercontacts.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.util.OSInfo;

/** Starts a main class of the tests in a separate JVM, on the tests' class path. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * @param scratch a folder for the child's temporary files (SQLite's native library) and its
     *                standard error, {@code stderr.txt}
     */
    public static Process start(Path scratch, Class<?> main, String... args) throws IOException {
        Path tmp = Files.createDirectories(scratch.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A quick start matters more than peak speed: these children live a second or so.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx128m",
                "-Djava.io.tmpdir=" + tmp, "-Dorg.sqlite.tmpdir=" + tmp));
        // SQLite's native library, unpacked once: a child killed with SIGKILL cannot delete its copy.
        Path library = nativeLibrary(scratch);
        if (library != null) {
            command.add("-Dorg.sqlite.lib.path=" + library.getParent());
            command.add("-Dorg.sqlite.lib.name=" + library.getFileName());
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(scratch.resolve("stderr.txt").toFile()))
                .start();
    }

    private static Path nativeLibrary(Path scratch) throws IOException {
        String name = System.mapLibraryName("sqlitejdbc");
        Path target = scratch.resolve("lib").resolve(name);
        if (Files.exists(target)) {
            return target;
        }
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        try (InputStream in = ChildJvm.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
            return target;
        }
    }

    /** The last lines the children wrote to standard error, for failure messages. */
    public static String stderrTail(Path scratch) {
        try {
            List<String> lines = Files.readAllLines(scratch.resolve("stderr.txt"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no standard error: " + e + ")";
        }
    }
}
