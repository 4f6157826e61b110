package dev.partnercontacts.domain;

import java.nio.file.Path;

/**
 * The account store could not do what was asked; nothing of it was kept. The {@link Kind} says
 * what the user can do about it, so the UI can say that in the user's language instead of
 * showing the storage engine's message.
 */
public class StoreFailure extends RuntimeException {

    /** What went wrong, as far as the user is concerned. */
    public enum Kind {
        /** The file is not a database of this application (or not a database at all). */
        NOT_A_DATABASE,
        /** The file is a database but damaged, for example cut short. */
        DAMAGED,
        /** The file was written by a newer version of the application. */
        NEWER_VERSION,
        /** The file or its folder cannot be written. */
        READ_ONLY,
        /** The disk (or the file's size limit) is full. */
        DISK_FULL,
        /** Another instance of the application has the file open. */
        IN_USE,
        /** The file was opened read-only on purpose; changes are refused. */
        OPENED_READ_ONLY,
        /** Anything else; the message has the technical detail. */
        FAILED;

        /** The resource-bundle key of the explanation; its arguments are the file and a technical detail. */
        public String messageKey() {
            return switch (this) {
                case NOT_A_DATABASE -> "storage.notADatabase";
                case DAMAGED -> "storage.damaged";
                case NEWER_VERSION -> "storage.newerVersion";
                case READ_ONLY -> "storage.readOnly";
                case DISK_FULL -> "storage.diskFull";
                case IN_USE -> "storage.inUse";
                case OPENED_READ_ONLY -> "storage.openedReadOnly";
                case FAILED -> "storage.failed";
            };
        }
    }

    private final transient Path file;
    private final Kind kind;

    public StoreFailure(Kind kind, String message, Path file, Throwable cause) {
        super(message, cause);
        this.kind = kind == null ? Kind.FAILED : kind;
        this.file = file;
    }

    /** The file involved. */
    public Path file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }
}
