package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import java.util.Map;

/**
 * What a pull stores in one transaction.
 *
 * @param newLocal   the data to store locally (remote changes applied), or null to leave it
 * @param base       the new base of every document (replaces the old one)
 * @param checkpoint the {@code _changes} sequence after this pull
 * @param conflict   a conflict found, or null
 */
public record PullUpdate(AccountData newLocal, Map<String, SyncedDoc> base, String checkpoint, Conflict conflict) {

    public PullUpdate {
        base = Map.copyOf(base);
    }
}
