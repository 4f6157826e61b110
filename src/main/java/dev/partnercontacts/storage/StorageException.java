package dev.partnercontacts.storage;

import java.nio.file.Path;

/** A database operation failed; nothing it started was committed. */
public class StorageException extends RuntimeException {

    private final Path file;

    public StorageException(String message, Path file, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The database file involved. */
    public Path file() {
        return file;
    }
}
