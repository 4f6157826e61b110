package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.StoreFailure;

/**
 * What to tell the user when a read or write fails: for the store's failures, a sentence in the
 * user's language that names the file and says what to do; for anything else, the exception's
 * own message. Never a stack trace.
 */
public final class FailureText {

    private FailureText() {
    }

    /** The resource-bundle key of a store failure's explanation; its arguments are the file and a technical detail. */
    public static String key(StoreFailure.Kind kind) {
        return switch (kind) {
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

    public static String of(Messages messages, Throwable failure) {
        if (failure instanceof StoreFailure f) {
            String file = f.file() == null ? "" : f.file().toString();
            return messages.get(key(f.kind()), file, detail(f));
        }
        return detail(failure);
    }

    private static String detail(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
