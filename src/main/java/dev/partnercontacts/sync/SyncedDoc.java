package dev.partnercontacts.sync;

/**
 * The last version of a document both sides agreed on (the "base"): its revision and its body as
 * JSON text without underscore members, or {@code null} for a deleted document.
 */
public record SyncedDoc(String rev, String json) {

    public boolean deleted() {
        return json == null;
    }
}
