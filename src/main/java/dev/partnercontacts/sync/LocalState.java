package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import java.util.Map;

/**
 * One account's local side of the sync.
 *
 * @param key        the account key
 * @param account    the local data (submitted details and users), or null when not stored locally
 * @param changeSeq  the outbox entry's change sequence, 0 when nothing waits to be pushed
 * @param base       the last synced version of each document, by {@code _id}
 * @param checkpoint the {@code _changes} sequence to pull from ({@code "0"}: from the start)
 * @param conflict   the conflict waiting for a decision, or null
 */
public record LocalState(String key, AccountData account, long changeSeq, Map<String, SyncedDoc> base,
                         String checkpoint, Conflict conflict) {

    public LocalState {
        base = base == null ? Map.of() : Map.copyOf(base);
        checkpoint = checkpoint == null || checkpoint.isEmpty() ? "0" : checkpoint;
    }

    public static LocalState absent(String key) {
        return new LocalState(key, null, 0, Map.of(), "0", null);
    }
}
