package dev.partnercontacts.sync;

/** A request to the sync server failed; {@link #kind()} says how, and carries the user's message key. */
public final class CouchException extends Exception {

    private final FailureKind kind;
    private final int status;

    public CouchException(FailureKind kind, int status, String detail, Throwable cause) {
        super(kind + (status > 0 ? " (HTTP " + status + ")" : "") + (detail == null ? "" : ": " + detail), cause);
        this.kind = kind;
        this.status = status;
    }

    public CouchException(FailureKind kind, String detail) {
        this(kind, 0, detail, null);
    }

    public FailureKind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }
}
