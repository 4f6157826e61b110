package dev.partnercontacts.storage;

import dev.partnercontacts.domain.StoreFailure;
import java.nio.file.Path;

/**
 * A database operation failed; nothing it started was committed. The message is technical
 * (for the log); {@link #kind()} is what the user is told.
 */
public class StorageException extends StoreFailure {

    public StorageException(String message, Path file, Throwable cause) {
        this(Kind.FAILED, message, file, cause);
    }

    public StorageException(Kind kind, String message, Path file, Throwable cause) {
        super(kind, message, file, cause);
    }
}
