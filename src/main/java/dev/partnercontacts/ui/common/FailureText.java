package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.StoreFailure;
import dev.partnercontacts.files.ExportFailure;

/**
 * What to tell the user when a read or write fails: for the store's failures, a sentence in the
 * user's language that names the file and says what to do; for anything else, the exception's
 * own message. Never a stack trace.
 */
public final class FailureText {

    private FailureText() {
    }

    public static String of(Messages messages, Throwable failure) {
        return of(messages, failure, null);
    }

    /** As {@link #of(Messages, Throwable)}; a store failure that names no file names {@code file}. */
    public static String of(Messages messages, Throwable failure, java.nio.file.Path file) {
        if (failure instanceof ExportFailure f) {
            return messages.get(f.messageKey(), f.file(), f.detail());
        }
        if (failure instanceof StoreFailure f) {
            java.nio.file.Path named = f.file() != null ? f.file() : file;
            return messages.get(f.kind().messageKey(), named == null ? "" : named.toString(), detail(f));
        }
        return detail(failure);
    }

    /** The exception's own message, or its kind when it has none. */
    public static String detail(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
