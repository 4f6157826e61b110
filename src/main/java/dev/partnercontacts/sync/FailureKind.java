package dev.partnercontacts.sync;

/**
 * Why talking to the sync server failed, each with the message the user sees (EN + IT bundles).
 * A message whose kind {@link #namesSubject() names a subject} takes it as its argument {0}.
 */
public enum FailureKind {
    UNREACHABLE("sync.error.unreachable"),
    UNAUTHORIZED("sync.error.unauthorized"),
    FORBIDDEN("sync.error.forbidden"),
    CONFLICT("sync.error.conflict"),
    SERVER_ERROR("sync.error.server"),
    TIMEOUT("sync.error.timeout"),
    CONNECTION_CUT("sync.error.connectionCut"),
    /** The server's certificate is not one this system trusts (or not for this host); names the host. */
    CERTIFICATE("sync.error.certificate"),
    /** An answer over the size cap was refused; names the cap in MiB. */
    TOO_LARGE("sync.error.tooLarge"),
    /** The server sent the request to another address (HTTP 3xx), which is not followed; names that address. */
    REDIRECTED("sync.error.redirected"),
    /** The team database does not exist on the server; names the database. */
    NO_DATABASE("sync.error.noDatabase"),
    /** The server answered something this client cannot use (an unexpected status or body). */
    UNEXPECTED("sync.error.unexpected"),
    /** The server holds data that breaks the form's rules; it is not applied. */
    INVALID_DATA("sync.error.invalidData"),
    /**
     * The server listed a document of the account and did not give it in a readable form (larger
     * than an answer may be, or not at all): the account waits until it does.
     */
    UNREADABLE("sync.error.unreadable"),
    /** The server's copy of the account was written by a later version of the app: left alone until this one is updated. */
    NEWER_VERSION("sync.error.newerVersion"),
    CANCELLED("sync.error.cancelled");

    private final String messageKey;

    FailureKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Whether the message takes the failure's subject (host, cap, database) as its argument. */
    public boolean namesSubject() {
        return this == CERTIFICATE || this == TOO_LARGE || this == NO_DATABASE || this == REDIRECTED;
    }

    /** Whether the failure concerns the server as a whole, so trying further accounts is pointless. */
    public boolean stopsTheRun() {
        return switch (this) {
            case UNREACHABLE, UNAUTHORIZED, FORBIDDEN, TIMEOUT, CONNECTION_CUT, CERTIFICATE, TOO_LARGE, NO_DATABASE, REDIRECTED,
                 SERVER_ERROR, UNEXPECTED, CANCELLED -> true;
            case CONFLICT, INVALID_DATA, UNREADABLE, NEWER_VERSION -> false;
        };
    }
}
