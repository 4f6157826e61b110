package dev.partnercontacts.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Why an export did not write its file, naming the file the user gave (never the temporary
 * {@code .part} file next to it). Nothing was changed: the file the user named, if it existed,
 * is as it was.
 */
public final class ExportFailure extends IOException {

    /** What stood in the way; each has a message in the resource bundles ({@link #messageKey()}). */
    public enum Reason {
        /** The data file, its {@code -wal}, {@code -shm}, {@code -journal} or {@code .lock}. */
        DATA_FILE("export.refused.dataFile"),
        /** The backups folder, or a file in it. */
        BACKUPS("export.refused.backups"),
        /** The file exists and is read-only. */
        READ_ONLY("export.refused.readOnly"),
        /** The name is a folder's. */
        FOLDER("export.refused.folder"),
        /** The folder the file would go in does not exist. */
        NO_FOLDER("export.refused.noFolder"),
        /** Anything else the system refused (no permission, a full disk): the detail says what. */
        FAILED("export.failed");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The resource-bundle key of the message; its arguments are the file and the detail. */
        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final transient Path file;
    private final String detail;

    ExportFailure(Reason reason, Path file, String detail, Throwable cause) {
        super(reason + ": " + file + (detail.isEmpty() ? "" : " (" + detail + ")"), cause);
        this.reason = reason;
        this.file = file;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The file as the user gave it. */
    public Path file() {
        return file;
    }

    /** What the system said, for {@link Reason#FAILED}; otherwise empty. */
    public String detail() {
        return detail;
    }

    /** The message's key ({@link Reason#messageKey()}); its arguments are {@link #file()} and {@link #detail()}. */
    public String messageKey() {
        return reason.messageKey();
    }
}
