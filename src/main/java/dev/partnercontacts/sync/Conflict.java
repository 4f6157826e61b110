package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import java.util.Map;

/**
 * The same account changed on both sides since the last sync. Nothing was overwritten: the user
 * chooses (see {@link ConflictMerge}) and the result is pushed on the next sync.
 *
 * @param key        the account key
 * @param local      the local version
 * @param remote     the server's version
 * @param base       the last version both agreed on, or null when there was none
 * @param remoteDocs the server's documents with their revisions, the base a resolution is written on
 */
public record Conflict(String key, AccountData local, AccountData remote, AccountData base,
                       Map<String, SyncedDoc> remoteDocs) {

    public Conflict {
        remoteDocs = Map.copyOf(remoteDocs);
    }

    /** What differs, field by field, for the side-by-side view. */
    public java.util.List<ConflictMerge.FieldDiff> differences() {
        return ConflictMerge.diff(local, remote);
    }
}
