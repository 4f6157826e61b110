package dev.partnercontacts.storage;

import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.ActivityEntry;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link AccountStore} on one SQLite file. */
public final class SqliteAccountStore implements AccountStore {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteAccountStore.class);

    private final Database db;
    private final Backups backups;
    private final AccountRepository accounts;
    private final UserRepository users;
    private final ActivityRepository activity;
    private final SettingsRepository settings;

    public SqliteAccountStore(Database db, Users userRules, Clock clock) {
        this(db, userRules, clock, null);
    }

    /**
     * @param backups where a backup is made after each successful submit, or null for none
     */
    public SqliteAccountStore(Database db, Users userRules, Clock clock, Backups backups) {
        this.db = db;
        this.backups = backups;
        this.accounts = new AccountRepository(db, clock);
        this.users = new UserRepository(db, userRules, clock);
        this.activity = new ActivityRepository(db);
        this.settings = new SettingsRepository(db);
    }

    @Override
    public long currentAccountId() {
        return accounts.currentAccountId();
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
    public Optional<ContactDetails> loadDraft(long accountId) {
        return accounts.loadDraft(accountId);
    }

    @Override
    public void saveDraft(long accountId, ContactDetails draft) {
        accounts.saveDraft(accountId, draft);
    }

    @Override
    public void submit(long accountId, ContactDetails details, String actor) {
        accounts.submit(accountId, details, actor);
        if (backups != null) {
            // The submit is stored; a backup that fails must not make it look as if it were not.
            try {
                backups.make(db);
            } catch (RuntimeException e) {
                LOG.warn("The backup after a submit failed: {}", e.getMessage());
            }
        }
    }

    @Override
    public List<PortalUser> users(long accountId) {
        return users.list(accountId);
    }

    @Override
    public PortalUser addUser(long accountId, String name, String email, UserRole role, String actor) {
        return users.add(accountId, name, email, role, actor);
    }

    @Override
    public void removeUser(long accountId, long userId, String actor) {
        users.remove(accountId, userId, actor);
    }

    @Override
    public void changeUserRole(long accountId, long userId, UserRole role, String actor) {
        users.changeRole(accountId, userId, role, actor);
    }

    @Override
    public List<ActivityEntry> activity(long accountId, int limit) {
        return activity.recent(accountId, limit);
    }

    @Override
    public Optional<String> setting(String key) {
        return settings.get(key);
    }

    @Override
    public void putSetting(String key, String value) {
        settings.put(key, value);
    }
}
