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

    public static String of(Messages messages, Throwable failure) {
        if (failure instanceof StoreFailure f) {
            String file = f.file() == null ? "" : f.file().toString();
            return messages.get(f.kind().messageKey(), file, detail(f));
        }
        return detail(failure);
    }

    private static String detail(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
