package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import java.util.List;
import java.util.Map;

/**
 * What the sync engine needs from local storage. Every method is one transaction: it changes
 * all it says or nothing. Blocking I/O: the engine calls it from its own executor.
 *
 * <p>The outbox: every local change to an account's submitted details, users or settings must,
 * in the transaction of the change itself, raise that account's change sequence (one coalesced
 * entry per account, a number that only grows). The engine reads it with {@link #load}, and the
 * store compares it again in {@link #applyPull} and {@link #markPushed}, so a change made while a
 * sync runs is never overwritten nor forgotten.
 */
public interface SyncStore {

    /** The keys of every local account. */
    List<String> accountKeys();

    /** Everything the engine needs about one account; for a key not stored locally, {@link LocalState#absent}. */
    LocalState load(String key);

    /**
     * Stores what a pull found, if the account's change sequence is still {@code expectedChangeSeq}:
     * the new local data (when the update has one; an account not stored yet is created), the new
     * base, the checkpoint, and the conflict (when it has one). Otherwise changes nothing.
     * Storing the new local data is not a local change: it leaves the change sequence as it is.
     * Its users come numbered 1..n; match them to stored users by e-mail address (case-insensitive),
     * and map {@code details.alertUserIds()} the same way.
     *
     * @return whether it was stored
     */
    boolean applyPull(String key, long expectedChangeSeq, PullUpdate update);

    /**
     * Records documents the server accepted: each becomes the base of its id (a null body: deleted).
     * When {@code clearChangeSeq} is above 0 and still equals the account's change sequence,
     * the outbox entry is removed in the same transaction; a later change keeps it.
     */
    void markPushed(String key, Map<String, SyncedDoc> written, long clearChangeSeq);

    /**
     * Stores the user's decision on the account's conflict: {@code merged} becomes the local data
     * as a new local change (raising the change sequence), the conflict's remote documents become
     * the base, and the conflict is removed.
     */
    void resolveConflict(String key, AccountData merged);

    /** Conflicts waiting for the user's decision. */
    List<Conflict> conflicts();
}
