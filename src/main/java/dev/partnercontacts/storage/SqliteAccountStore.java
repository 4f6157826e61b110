package dev.partnercontacts.storage;

import dev.partnercontacts.domain.AccountData;
import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.AccountOverview;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@link AccountStore} on one SQLite file. Each method is one unit of work: the repositories
 * it uses join one transaction, so a change, its history and the account's gate state commit
 * together.
 */
public final class SqliteAccountStore implements AccountStore {


    private final Database db;
    private final Backups backups;
    private final Gate gate;
    private final AccountRepository accounts;
    private final UserRepository users;
    private final HistoryRepository history;
    private final SettingsRepository settings;
    private final SyncStateRepository outbox;
    private final AccountOverviews overviews;

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
        this.outbox = new SyncStateRepository(db, clock);
        this.overviews = new AccountOverviews(db);
    }

    @Override
    public Path dataFile() {
        return db.file();
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
    public List<AccountOverview> overview() {
        // The same first evaluation of old files as the switcher's list.
        accounts();
        return overviews.all();
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
    public void removeAccount(long accountId, String actor) {
        if (backups != null) {
            // Before, not after: what is removed must be recoverable. A failed backup stops it.
            backups.make(db);
        }
        db.transaction(c -> {
            if (accounts.list().size() <= 1) {
                throw new IllegalStateException("the last account cannot be removed");
            }
            Optional<AccountSummary> removed = accounts.list().stream().filter(a -> a.id() == accountId).findFirst();
            String partnerId = removed.isPresent() ? accounts.loadStored(accountId).settings().partnerId() : "";
            accounts.remove(accountId);
            if (removed.isPresent()) {
                // Its own history went with it: the entry is kept under every account that remains.
                String name = removed.get().name().isEmpty() ? removed.get().draftName() : removed.get().name();
                Change entry = Change.of(Change.Kind.ACCOUNT_REMOVED, null, removed.get().key(), name, partnerId, "");
                for (AccountSummary kept : accounts.list()) {
                    history.record(kept.id(), actor, List.of(entry));
                }
            }
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
    public Optional<Instant> draftSavedAt(long accountId) {
        return accounts.draftSavedAt(accountId);
    }

    @Override
    public void discardDraft(long accountId) {
        accounts.discardDraft(accountId);
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
            if (!made.isEmpty()) {
                outbox.raise(accountId);
            }
            return made;
        });
        return changes;
    }

    @Override
    public void backUpAfterSubmit() {
        if (backups != null) {
            // The submit is stored already: a failure here is about the backup alone.
            backups.make(db);
        }
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
            outbox.raise(accountId);
            return added;
        });
    }

    @Override
    public void removeUser(long accountId, long userId, String actor) {
        db.transaction(c -> {
            boolean existed = users.list(accountId).stream().anyMatch(u -> u.id() == userId);
            users.remove(accountId, userId, actor);
            evaluateGate(accountId);
            if (existed) {
                outbox.raise(accountId);
            }
            return null;
        });
    }

    @Override
    public void changeUserRole(long accountId, long userId, UserRole role, String actor) {
        db.transaction(c -> {
            boolean changes = users.list(accountId).stream().anyMatch(u -> u.id() == userId && u.role() != role);
            users.changeRole(accountId, userId, role, actor);
            if (changes) {
                outbox.raise(accountId);
            }
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

    /** The account with this key (compared without case), if it is stored here. */
    public Optional<AccountSummary> findByKey(String key) {
        return accounts.findByKey(key);
    }

    /** The account as a bundle and the sync server carry it: submitted details (no draft) and users. */
    public AccountData data(long accountId) {
        return db.transaction(c -> {
            AccountSummary a = accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("no such account"));
            return new AccountData(a.key(), accounts.loadStored(accountId), users.list(accountId),
                    accounts.submittedAt(accountId).orElse(null), accounts.submittedBy(accountId).orElse(null));
        });
    }

    /**
     * What {@link #store} would record for this data, changing nothing: the changes to the
     * users, then to the details; empty for an account not stored yet (it would be added).
     */
    public List<Change> preview(AccountData data) {
        return db.transaction(c -> {
            Optional<AccountSummary> found = accounts.findByKey(data.key());
            if (found.isEmpty()) {
                return List.of();
            }
            long id = found.get().id();
            List<PortalUser> current = users.list(id);
            List<PortalUser> after = UserDiff.projected(current, data.users());
            List<Change> changes = new ArrayList<>(UserDiff.changes(current, data.users()));
            changes.addAll(Changes.between(accounts.loadStored(id), UserDiff.alertsAs(data, after),
                    UserDiff.union(current, after)));
            return List.copyOf(changes);
        });
    }

    /**
     * Of the changes that storing {@code data} would make ({@link #preview}), those to fields this
     * file's history shows changed after the other side's copy of them was made: importing them
     * would set back data that is newer here. A field counts as changed here whatever recorded
     * the change (a person, an import, a sync): the history cannot tell which of them the other
     * side already had. Empty for an account not stored here.
     *
     * @param detailsVersion when the other side's details were made (the bundle's {@code submittedAt});
     *                       null counts every recorded change as newer
     * @param usersVersion   when the other side's users were (users change without a submission:
     *                       the bundle's {@code exportedAt}); null counts every recorded change as newer
     */
    public List<Change> newerHere(AccountData data, Instant detailsVersion, Instant usersVersion, List<Change> wouldMake) {
        return db.transaction(c -> {
            Optional<AccountSummary> found = accounts.findByKey(data.key());
            if (found.isEmpty() || wouldMake.isEmpty()) {
                return List.<Change>of();
            }
            Instant details = detailsVersion == null ? Instant.MIN : detailsVersion;
            Instant users = usersVersion == null ? Instant.MIN : usersVersion;
            Set<String> changedHere = new HashSet<>();
            history.since(found.get().id(), details.isBefore(users) ? details : users).forEach(e -> Changes.field(e.change())
                    .filter(f -> e.at().isAfter(f.startsWith(Changes.USER_FIELD) ? users : details))
                    .ifPresent(changedHere::add));
            return wouldMake.stream().filter(ch -> Changes.field(ch).map(changedHere::contains).orElse(false)).toList();
        });
    }

    /**
     * Stores an account that came from elsewhere (a bundle, the sync server, a conflict's
     * resolution) as the account with its key, creating it when absent: its details as
     * submitted when and by whom it says, and exactly its users (matched by e-mail address). A
     * draft being typed here is kept. Records the changes (users by {@code actor}, details by
     * {@code detailsActor}), re-evaluates the gate, and, when {@code localChange} and something
     * changed, raises the account's sync outbox; all in one transaction (the caller's, if any).
     *
     * @return the changes recorded
     */
    public List<Change> store(AccountData data, String actor, String detailsActor, boolean localChange) {
        return db.transaction(c -> {
            Optional<AccountSummary> found = accounts.findByKey(data.key());
            long id = found.isPresent() ? found.get().id() : accounts.create(data.key()).id();
            List<Change> made = new ArrayList<>();
            if (found.isEmpty()) {
                made.add(Change.of(Change.Kind.ACCOUNT_CREATED, null, data.key(), "", "", ""));
            }
            ContactDetails before = accounts.loadStored(id);
            List<PortalUser> usersBefore = users.list(id);
            List<Change> userChanges = users.replaceAll(id, data.users());
            List<PortalUser> usersAfter = users.list(id);
            ContactDetails details = UserDiff.alertsAs(data, usersAfter);
            List<Change> detailChanges = Changes.between(before, details, UserDiff.union(usersBefore, usersAfter));
            boolean resubmitted = !Objects.equals(accounts.submittedAt(id).orElse(null), data.submittedAt())
                    || !Objects.equals(accounts.submittedBy(id).orElse(null), data.submittedBy());
            if (!detailChanges.isEmpty() || resubmitted) {
                accounts.store(id, details, data.submittedAt(), data.submittedBy(), false);
            }
            made.addAll(userChanges);
            history.record(id, actor, made);
            history.record(id, detailsActor, detailChanges);
            made.addAll(detailChanges);
            evaluateGate(id);
            if (localChange && !made.isEmpty()) {
                outbox.raise(id);
            }
            return List.copyOf(made);
        });
    }

    /** Re-evaluates and remembers whether the account's stored details pass the gate. */
    private void evaluateGate(long accountId) {
        boolean complete = gate.evaluate(accounts.loadStored(accountId), users.list(accountId)).isComplete();
        accounts.setComplete(accountId, complete);
    }
}
