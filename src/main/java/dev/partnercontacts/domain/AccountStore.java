package dev.partnercontacts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where accounts are kept. The UI works against this port; the SQLite implementation lives in
 * the storage layer. Every method is blocking I/O: call it off the FX thread. Writes are
 * transactional: a method that throws changed nothing. Every change is recorded in the history,
 * in the same transaction, as made by the {@code actor} given (an {@link Author#label()}).
 */
public interface AccountStore {

    /** The file the store keeps its data in: exports must never write over it (nor what is kept beside it). */
    java.nio.file.Path dataFile();

    /** Every account in the file, for the account switcher. */
    List<AccountSummary> accounts();

    /**
     * Every account in the file with its state, dates and what waits on it, for the Accounts
     * page; in the order the accounts were created. Reads the whole file's accounts in a fixed
     * number of queries.
     */
    List<AccountOverview> overview();

    /** The account used last, else the first; a blank one is created in an empty store. */
    long currentAccountId();

    /** Remembers the account as the one used last, to open it at the next start. */
    void useAccount(long accountId);

    /** Creates a blank account with a new key. */
    AccountSummary createAccount(String actor);

    /**
     * Removes an account with everything it holds, after a backup of the file; the removal (by
     * {@code actor}, with the account's name and partner ID) is recorded in the history of every
     * account that remains, in the same transaction.
     *
     * @throws IllegalStateException when it is the only account
     */
    void removeAccount(long accountId, String actor);

    /** The submitted details (blank before the first submit). */
    ContactDetails loadStored(long accountId);

    Optional<Instant> submittedAt(long accountId);

    /** When the details were last submitted or confirmed as still correct, if ever. */
    Optional<Instant> confirmedAt(long accountId);

    /** Records that the stored details are still correct, as said by {@code actor}. */
    void reconfirm(long accountId, String actor);

    Optional<ContactDetails> loadDraft(long accountId);

    void saveDraft(long accountId, ContactDetails draft);

    /** When the account's draft was last saved; empty without a draft. */
    Optional<Instant> draftSavedAt(long accountId);

    /**
     * Drops the account's draft ("Discard changes"): nothing else changes, and no history is
     * written, as none is for a draft. Nothing happens without a draft.
     */
    void discardDraft(long accountId);

    /**
     * Stores validated, normalised details, drops the draft and records what changed.
     *
     * @return the changes recorded; empty when the details were already stored as they are
     */
    List<Change> submit(long accountId, ContactDetails details, String actor);

    /**
     * Makes the backup that follows a submit. Separate from {@link #submit} so that the
     * application unlocks first: a backup copies the whole file (half a second for a file with
     * a million history entries).
     *
     * @throws StoreFailure when the backup cannot be written; the submit stays stored, and the
     *                      caller tells the user
     */
    default void backUpAfterSubmit() {
        // stores without backups have nothing to do
    }

    List<PortalUser> users(long accountId);

    /** @throws RuleViolation when the user is not acceptable */
    PortalUser addUser(long accountId, String name, String email, UserRole role, String actor);

    /** @throws RuleViolation when it is the last Administrator */
    void removeUser(long accountId, long userId, String actor);

    /** @throws RuleViolation when it would demote the last Administrator */
    void changeUserRole(long accountId, long userId, UserRole role, String actor);

    /** A page of the history, newest first. */
    List<HistoryEntry> history(HistoryQuery query);

    /** Every history entry the query matches, newest first, a page at a time. */
    void forEachHistory(HistoryQuery query, Consumer<HistoryEntry> sink);

    /** The authors found in the history, sorted. */
    List<String> historyAuthors();

    Optional<String> setting(String key);

    void putSetting(String key, String value);

    /** Stores several settings in one transaction: all of them or none. */
    void putSettings(java.util.Map<String, String> values);
}
