package dev.partnercontacts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where accounts are kept. The UI works against this port; the SQLite implementation lives in
 * the storage layer. Every method is blocking I/O: call it off the FX thread. Writes are
 * transactional: a method that throws changed nothing.
 */
public interface AccountStore {

    /** The account the application works on, created blank in a new store. */
    long currentAccountId();

    /** The submitted details (blank before the first submit). */
    ContactDetails loadStored(long accountId);

    Optional<Instant> submittedAt(long accountId);

    Optional<ContactDetails> loadDraft(long accountId);

    void saveDraft(long accountId, ContactDetails draft);

    /** Stores validated, normalised details and drops the draft. */
    void submit(long accountId, ContactDetails details, String actor);

    List<PortalUser> users(long accountId);

    /** @throws RuleViolation when the user is not acceptable */
    PortalUser addUser(long accountId, String name, String email, UserRole role, String actor);

    /** @throws RuleViolation when it is the last Administrator */
    void removeUser(long accountId, long userId, String actor);

    /** @throws RuleViolation when it would demote the last Administrator */
    void changeUserRole(long accountId, long userId, UserRole role, String actor);

    /** The newest entries first. */
    List<ActivityEntry> activity(long accountId, int limit);

    Optional<String> setting(String key);

    void putSetting(String key, String value);
}
