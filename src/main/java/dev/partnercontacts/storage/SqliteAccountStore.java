package dev.partnercontacts.storage;

import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.Changes;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link AccountStore} on one SQLite file. Each method is one unit of work: the repositories
 * it uses join one transaction, so a change, its history and the account's gate state commit
 * together.
 */
public final class SqliteAccountStore implements AccountStore {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteAccountStore.class);

    private final Database db;
    private final Backups backups;
    private final Gate gate;
    private final AccountRepository accounts;
    private final UserRepository users;
    private final HistoryRepository history;
    private final SettingsRepository settings;

    public SqliteAccountStore(Database db, Users userRules, Clock clock) {
        this(db, userRules, clock, null);
    }

    /**
     * @param backups where a backup is made after each successful submit and before an account is
     *                removed, or null for none
     */
    public SqliteAccountStore(Database db, Users userRules, Clock clock, Backups backups) {
        // Stored details are normalised already: the phone region plays no part in the gate here.
        this(db, userRules, new Gate(new Validation("")), clock, backups);
    }

    public SqliteAccountStore(Database db, Users userRules, Gate gate, Clock clock, Backups backups) {
        this.db = db;
        this.backups = backups;
        this.gate = gate;
        this.accounts = new AccountRepository(db, clock);
        this.users = new UserRepository(db, userRules, clock);
        this.history = new HistoryRepository(db, clock);
        this.settings = new SettingsRepository(db);
    }

    @Override
    public List<AccountSummary> accounts() {
        List<Long> unevaluated = accounts.unevaluated();
        if (!unevaluated.isEmpty() && !db.isReadOnly()) {
            db.transaction(c -> {
                unevaluated.forEach(this::evaluateGate);
                return null;
            });
        }
        return accounts.list();
    }

    @Override
    public long currentAccountId() {
        Optional<Long> last = settings.get(SettingsRepository.LAST_ACCOUNT)
                .flatMap(key -> accounts.list().stream().filter(a -> a.key().equals(key)).findFirst())
                .map(AccountSummary::id);
        // A new file's first account comes with the file; no one made it, so no history says so.
        return last.orElseGet(accounts::firstOrNewAccountId);
    }

    @Override
    public void useAccount(long accountId) {
        accounts.find(accountId).ifPresent(a -> settings.put(SettingsRepository.LAST_ACCOUNT, a.key()));
    }

    @Override
    public AccountSummary createAccount(String actor) {
        return db.transaction(c -> {
            AccountSummary created = accounts.create();
            history.record(created.id(), actor, List.of(Change.of(Change.Kind.ACCOUNT_CREATED, null, created.key(), "", "", "")));
            return created;
        });
    }

    @Override
    public void removeAccount(long accountId) {
        if (backups != null) {
            // Before, not after: what is removed must be recoverable. A failed backup stops it.
            backups.make(db);
        }
        db.transaction(c -> {
            if (accounts.list().size() <= 1) {
                throw new IllegalStateException("the last account cannot be removed");
            }
            accounts.remove(accountId);
            return null;
        });
    }

    @Override
    public ContactDetails loadStored(long accountId) {
        return accounts.loadStored(accountId);
    }

    @Override
    public Optional<Instant> submittedAt(long accountId) {
        return accounts.submittedAt(accountId);
    }

    @Override
    public Optional<Instant> confirmedAt(long accountId) {
        return accounts.confirmedAt(accountId);
    }

    @Override
    public void reconfirm(long accountId, String actor) {
        db.transaction(c -> {
            accounts.confirm(accountId);
            history.record(accountId, actor, List.of(Change.of(Change.Kind.RECONFIRMED, null, "", "", "", "")));
            return null;
        });
    }

    @Override
    public Optional<ContactDetails> loadDraft(long accountId) {
        return accounts.loadDraft(accountId);
    }

    @Override
    public void saveDraft(long accountId, ContactDetails draft) {
        accounts.saveDraft(accountId, draft);
    }

    @Override
    public List<Change> submit(long accountId, ContactDetails details, String actor) {
        List<Change> changes = db.transaction(c -> {
            ContactDetails before = accounts.loadStored(accountId);
            List<PortalUser> current = users.list(accountId);
            List<Change> made = Changes.between(before, details, current);
            accounts.submit(accountId, details, actor);
            history.record(accountId, actor, made);
            evaluateGate(accountId);
            return made;
        });
        if (backups != null && !changes.isEmpty()) {
            // The submit is stored; a backup that fails must not make it look as if it were not.
            try {
                backups.make(db);
            } catch (RuntimeException e) {
                LOG.warn("The backup after a submit failed: {}", e.getMessage());
            }
        }
        return changes;
    }

    @Override
    public List<PortalUser> users(long accountId) {
        return users.list(accountId);
    }

    @Override
    public PortalUser addUser(long accountId, String name, String email, UserRole role, String actor) {
        return db.transaction(c -> {
            PortalUser added = users.add(accountId, name, email, role, actor);
            evaluateGate(accountId);
            return added;
        });
    }

    @Override
    public void removeUser(long accountId, long userId, String actor) {
        db.transaction(c -> {
            users.remove(accountId, userId, actor);
            evaluateGate(accountId);
            return null;
        });
    }

    @Override
    public void changeUserRole(long accountId, long userId, UserRole role, String actor) {
        db.transaction(c -> {
            users.changeRole(accountId, userId, role, actor);
            return null;
        });
    }

    @Override
    public List<HistoryEntry> history(HistoryQuery query) {
        return history.find(query);
    }

    @Override
    public void forEachHistory(HistoryQuery query, Consumer<HistoryEntry> sink) {
        history.forEach(query, sink);
    }

    @Override
    public List<String> historyAuthors() {
        return history.authors();
    }

    @Override
    public Optional<String> setting(String key) {
        return settings.get(key);
    }

    @Override
    public void putSetting(String key, String value) {
        settings.put(key, value);
    }

    @Override
    public void putSettings(java.util.Map<String, String> values) {
        db.transaction(c -> {
            values.forEach(settings::put);
            return null;
        });
    }

    /** Re-evaluates and remembers whether the account's stored details pass the gate. */
    private void evaluateGate(long accountId) {
        boolean complete = gate.evaluate(accounts.loadStored(accountId), users.list(accountId)).isComplete();
        accounts.setComplete(accountId, complete);
    }
}
