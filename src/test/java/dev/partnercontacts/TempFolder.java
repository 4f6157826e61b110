package dev.partnercontacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A new, empty folder under the system's temporary directory ({@code java.io.tmpdir}) that
 * {@link #close()} deletes with everything in it. For the test extensions that own a test's
 * folder ({@code AppDrivers}, {@code TeamWorkstations}), where JUnit's {@code @TempDir} cannot be
 * injected.
 */
public final class TempFolder implements AutoCloseable {

    private final Path path;

    private TempFolder(Path path) {
        this.path = path;
    }

    /**
     * Makes the folder.
     *
     * @param prefix the start of its name, e.g. {@code "partnercontacts-ui-"}
     * @throws IOException if the temporary directory cannot be written
     */
    public static TempFolder create(String prefix) throws IOException {
        return new TempFolder(Files.createTempDirectory(prefix));
    }

    /** The folder's absolute path. */
    public Path path() {
        return path;
    }

    /**
     * Deletes the folder and everything in it, deepest first; does nothing if it is gone already.
     *
     * @throws IOException if a file or folder in it cannot be deleted (the rest may be gone)
     */
    @Override
    public void close() throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> files = Files.walk(path)) {
            deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : deepestFirst) {
            Files.deleteIfExists(p);
        }
    }
}
