package dev.partnercontacts.storage;

import java.nio.file.Path;

/** Another process (another instance of the application) has the database open for writing. */
public final class DatabaseInUseException extends StorageException {

    public DatabaseInUseException(Path file) {
        super(Kind.IN_USE, "The database " + file + " is in use by another process", file, null);
    }
}
