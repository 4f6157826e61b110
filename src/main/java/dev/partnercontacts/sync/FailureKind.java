package dev.partnercontacts.sync;

/** Why talking to the sync server failed, each with the message the user sees (EN + IT bundles). */
public enum FailureKind {
    UNREACHABLE("sync.error.unreachable"),
    UNAUTHORIZED("sync.error.unauthorized"),
    FORBIDDEN("sync.error.forbidden"),
    CONFLICT("sync.error.conflict"),
    SERVER_ERROR("sync.error.server"),
    TIMEOUT("sync.error.timeout"),
    CONNECTION_CUT("sync.error.connectionCut"),
    /** The server answered something this client cannot use (an unexpected status or body). */
    UNEXPECTED("sync.error.unexpected"),
    /** The server holds data that breaks the form's rules; it is not applied. */
    INVALID_DATA("sync.error.invalidData"),
    CANCELLED("sync.error.cancelled");

    private final String messageKey;

    FailureKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Whether the failure concerns the server as a whole, so trying further accounts is pointless. */
    public boolean stopsTheRun() {
        return switch (this) {
            case UNREACHABLE, UNAUTHORIZED, TIMEOUT, CONNECTION_CUT, CANCELLED -> true;
            case FORBIDDEN, CONFLICT, SERVER_ERROR, UNEXPECTED, INVALID_DATA -> false;
        };
    }
}
