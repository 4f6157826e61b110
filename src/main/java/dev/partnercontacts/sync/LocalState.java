package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One account's local side of the sync.
 *
 * @param key          the account key
 * @param account      the local data (submitted details and users), or null when not stored here
 *                     (or only as a blank account never synced)
 * @param changeSeq    the outbox entry's change sequence, 0 when nothing waits to be sent
 * @param base         the last agreed version of each document, by {@code _id}
 * @param received     documents received from the server and not merged yet, by {@code _id}
 * @param unread       documents the feed listed that the server did not give in a readable form:
 *                     while there is one, the account is neither merged nor sent
 * @param inflight     what a push was about to send and has no answer for, by {@code _id}
 *                     (empty: a deletion)
 * @param conflictOpen whether a conflict waits for a person's decision
 */
public record LocalState(String key, AccountData account, long changeSeq, Map<String, SyncedDoc> base,
                         Map<String, SyncedDoc> received, Set<String> unread, Map<String, Optional<String>> inflight,
                         boolean conflictOpen) {

    public LocalState {
        base = Map.copyOf(base);
        received = Map.copyOf(received);
        unread = Set.copyOf(unread);
        inflight = Map.copyOf(inflight);
    }

    public static LocalState absent(String key, Map<String, SyncedDoc> received, Set<String> unread) {
        return new LocalState(key, null, 0, Map.of(), received, unread, Map.of(), false);
    }

    /** Whether something received waits to be merged (or read) before anything of this account is sent. */
    public boolean holdsReceived() {
        return !received.isEmpty() || !unread.isEmpty();
    }
}
