package dev.partnercontacts.storage;

import dev.partnercontacts.domain.StoreFailure.Kind;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data file on disk as {@link Database} opens it: refused when it cannot be written, created
 * readable by the user alone, removed again when it was created and could not be set up.
 */
final class DataFile {

    private static final Logger LOG = LoggerFactory.getLogger(DataFile.class);

    private DataFile() {
    }

    /**
     * Refuses a read-only file or folder before SQLite is asked to write (it would fail half-way
     * or, for a folder, only when it creates the write-ahead log).
     */
    static void requireWritable(Path file) {
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StorageException(Kind.READ_ONLY, "The file " + file + " is read-only", file, null);
        }
        Path folder = file.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new StorageException(Kind.READ_ONLY, "The folder " + folder + " of " + file + " is read-only", file, null);
        }
    }

    /** Creates the folders and the file when missing; true when the file was created. */
    static boolean createPrivately(Path file) throws IOException {
        Path folder = file.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (folder != null && !Files.isDirectory(folder)) {
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        }
        if (Files.exists(file)) {
            return false;
        }
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            return true;
        }
        return false;
    }

    /** Removes a file this class created and could not initialise: it holds nothing of the user's. */
    static void deleteCreated(Path file) {
        for (String suffix : List.of("-wal", "-shm", "-journal", "")) {
            try {
                Files.deleteIfExists(FileCheck.sidecar(file, suffix));
            } catch (IOException e) {
                LOG.warn("Could not remove the unfinished file {}{}: {}", file, suffix, e.toString());
            }
        }
    }
}
