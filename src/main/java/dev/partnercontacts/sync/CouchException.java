package dev.partnercontacts.sync;

/**
 * A request to the sync server failed; {@link #kind()} says how, and carries the user's message
 * key; {@link #subject()} is what that message names (the server's host, the database, the cap).
 */
public final class CouchException extends Exception {

    private final FailureKind kind;
    private final int status;
    private String subject = "";

    public CouchException(FailureKind kind, int status, String detail, Throwable cause) {
        super(kind + (status > 0 ? " (HTTP " + status + ")" : "") + (detail == null ? "" : ": " + detail), cause);
        this.kind = kind;
        this.status = status;
    }

    public CouchException(FailureKind kind, String detail) {
        this(kind, 0, detail, null);
    }

    /** Sets what the message names; returns this exception. */
    CouchException naming(String what) {
        this.subject = what == null ? "" : what;
        return this;
    }

    public FailureKind kind() {
        return kind;
    }

    /** The host, database or size the message names; empty when none. */
    public String subject() {
        return subject;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }
}
