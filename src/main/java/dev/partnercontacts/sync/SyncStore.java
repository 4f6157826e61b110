package dev.partnercontacts.sync;

import dev.partnercontacts.domain.AccountData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the sync engine needs from local storage. Every method is one transaction: it changes
 * all it says or nothing; {@link #inOneTransaction} makes several one. Blocking I/O: the engine
 * calls it from its own executor.
 *
 * <p>The outbox: every local change to an account's submitted details or users must, in the
 * transaction of the change itself, raise that account's change sequence (a number that only
 * grows). The engine reads it with {@link #load}, and the store compares it again in
 * {@link #applyMerge} and {@link #markPushed}, so a change made while a sync runs is never
 * overwritten nor forgotten.
 *
 * <p>A target names the server and team database ({@code https://host:6984/ partner-contacts});
 * the feed's checkpoint and every base document belong to it.
 */
public interface SyncStore {

    /** Runs {@code work} in one transaction. */
    <T> T inOneTransaction(Supplier<T> work);

    /**
     * Where the target's {@code _changes} feed was read up to, {@code "0"} from its start. When
     * the workstation synced with another target before, that one is forgotten first: the base
     * documents lose their revisions (their content stays the base of the next merge), and every
     * account that holds anything is marked to be sent.
     */
    String checkpoint(String target);

    /**
     * Keeps documents received from the feed (by id; a null body: deleted; bodies without
     * underscore members) until they are merged, and the documents it listed that the server did
     * not give in a readable form ({@code unread}: id and the revision the feed named, or null),
     * and moves the checkpoint; one transaction. A document read replaces the same document kept
     * unread, and the other way round. Ids that are not an account's ({@link CouchDocuments#keyOf})
     * are not given.
     */
    void receive(String target, Map<String, SyncedDoc> docs, Map<String, String> unread, String lastSeq);

    /** The ids of the documents kept unread, to ask for again. */
    List<String> unreadIds();

    /** Of these documents, the revision each was last agreed at (those without one are left out). */
    Map<String, String> knownRevisions(java.util.Collection<String> docIds);

    /** The keys of the accounts with received documents not merged yet. */
    List<String> receivedKeys();

    /** The keys of the accounts with local changes not sent yet. */
    List<String> pendingKeys();

    /** Everything the engine needs about one account; for a key not stored here, an absent state. */
    LocalState load(String key);

    /**
     * Stores what a merge found, if the account's change sequence is still
     * {@code expectedChangeSeq} (otherwise changes nothing and returns false): the merged local
     * data when the update has one (an account not stored yet is created; the users come numbered
     * and are matched to stored users by address), the new base of every document, the conflict
     * when there is one; and forgets the received and in-flight documents. Storing merged data
     * is not a local change unless {@link MergeUpdate#toSend()} says it must go to the server.
     */
    boolean applyMerge(String key, long expectedChangeSeq, MergeUpdate update);

    /** Records the documents about to be sent for the account (null: a deletion), before they are sent. */
    void planPush(String key, Map<String, String> sending);

    /**
     * Records documents the server accepted: each becomes the base of its id (a null body:
     * deleted) and is no longer in flight. When {@code clearChangeSeq} is above 0 and still
     * equals the account's change sequence, the outbox entry is cleared; a later change keeps it.
     */
    void markPushed(String key, Map<String, SyncedDoc> written, long clearChangeSeq);

    /**
     * Stores a person's decision on the account's conflict: {@code resolved} becomes the local
     * data as a new local change, the conflict's server documents become the base, and the
     * conflict is removed; {@code decisions} (which side was kept, per field: {@link ResolutionHistory})
     * go into the account's history in the same transaction.
     */
    void resolveConflict(String key, AccountData resolved, java.util.List<dev.partnercontacts.domain.Change> decisions);

    /** Conflicts waiting for a decision. */
    List<Conflict> conflicts();

    /** Records a sync run that completed, at {@code at}. */
    void synced(Instant at);
}
