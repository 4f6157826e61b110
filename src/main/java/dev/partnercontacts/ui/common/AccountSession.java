package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.Author;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.GateResult;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workspace: which account the application is working on, and that account's users, stored
 * details, latest changes and the gate's verdict, kept up to date after every write. Switching
 * the account swaps what these properties hold; pages bind to them once and never hold on to an
 * account of their own. All I/O goes through the {@link TaskRunner}; call the methods on the FX
 * thread.
 */
public final class AccountSession {

    /** How many changes Home shows. */
    public static final int RECENT_CHANGES = 5;

    /** What is read from the store for one account: before the first window opens, and on every switch. */
    public record Snapshot(AccountSummary account, List<AccountSummary> accounts, ContactDetails stored,
                           Optional<ContactDetails> draft, List<PortalUser> users, Optional<Instant> submittedAt,
                           Optional<Instant> confirmedAt, List<HistoryEntry> recent) {

        /** Reads the account used last; blocking I/O. */
        public static Snapshot read(AccountStore store) {
            return read(store, store.currentAccountId());
        }

        /** Reads the given account; blocking I/O. */
        public static Snapshot read(AccountStore store, long id) {
            List<AccountSummary> accounts = store.accounts();
            AccountSummary account = accounts.stream().filter(a -> a.id() == id).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no account " + id));
            return new Snapshot(account, accounts, store.loadStored(id), store.loadDraft(id), store.users(id),
                    store.submittedAt(id), store.confirmedAt(id), store.history(HistoryQuery.latest(id, RECENT_CHANGES)));
        }
    }

    private record UserAdded(PortalUser user, Snapshot snapshot) {
    }

    private final AccountStore store;
    private final TaskRunner runner;
    private final Gate gate;
    private final ObjectProperty<Author> author;
    private final ReadOnlyObjectWrapper<AccountSummary> account = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AccountSummary> accounts = FXCollections.observableArrayList();
    private final ObservableList<PortalUser> users = FXCollections.observableArrayList();
    private final ObservableList<HistoryEntry> recent = FXCollections.observableArrayList();
    // Made once: unmodifiable views listen weakly to their source (see ContactFormViewModel).
    private final ObservableList<AccountSummary> accountsView = FXCollections.unmodifiableObservableList(accounts);
    private final ObservableList<PortalUser> usersView = FXCollections.unmodifiableObservableList(users);
    private final ObservableList<HistoryEntry> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ObjectProperty<ContactDetails> stored = new SimpleObjectProperty<>(ContactDetails.EMPTY);
    private final ObjectProperty<Instant> submittedAt = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> confirmedAt = new SimpleObjectProperty<>();
    private final ObjectBinding<GateResult> gateResult;
    private final BooleanBinding locked;
    private final List<Runnable> beforeSwitch = new ArrayList<>();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private Optional<ContactDetails> draft = Optional.empty();
    private boolean switching;

    public AccountSession(AccountStore store, TaskRunner runner, Gate gate, Author author, Snapshot snapshot) {
        this.store = store;
        this.runner = runner;
        this.gate = gate;
        this.author = new SimpleObjectProperty<>(author);
        // Evaluated once per refresh, when the users and the details are of the same account.
        gateResult = Bindings.createObjectBinding(() -> gate.evaluate(stored.get(), users), revision);
        locked = Bindings.createBooleanBinding(() -> !gateResult.get().isComplete(), gateResult);
        refresh(snapshot);
    }

    public Gate gate() {
        return gate;
    }

    /**
     * The account the application works on. It also changes when the account's summary does
     * (its name after a submit): compare ids to tell a switch.
     */
    public ReadOnlyObjectProperty<AccountSummary> accountProperty() {
        return account.getReadOnlyProperty();
    }

    public long accountId() {
        return account.get().id();
    }

    /** Every account in the file, as the switcher lists them. */
    public ObservableList<AccountSummary> accounts() {
        return accountsView;
    }

    /** The portal users, in the order they were added. Read-only for callers. */
    public ObservableList<PortalUser> users() {
        return usersView;
    }

    /** The current account's latest changes, newest first (at most {@link #RECENT_CHANGES}). */
    public ObservableList<HistoryEntry> recentChanges() {
        return recentView;
    }

    public ReadOnlyObjectProperty<ContactDetails> storedProperty() {
        return stored;
    }

    public ReadOnlyObjectProperty<Instant> submittedAtProperty() {
        return submittedAt;
    }

    /** When the details were last submitted or confirmed as still correct; null before the first submit. */
    public ReadOnlyObjectProperty<Instant> confirmedAtProperty() {
        return confirmedAt;
    }

    /** Who is recorded as making the changes made from now on. */
    public ObjectProperty<Author> authorProperty() {
        return author;
    }

    /** The gate's verdict on the stored details, re-evaluated on every change. */
    public ObjectBinding<GateResult> gateResult() {
        return gateResult;
    }

    /** True while the stored details are incomplete: every tab but the gate is disabled. */
    public BooleanBinding locked() {
        return locked;
    }

    /** The unsubmitted draft, if any: what a form should show instead of the stored details. */
    public Optional<ContactDetails> draft() {
        return draft;
    }

    /**
     * Runs {@code flush} before every switch of account, on the FX thread, while the account
     * being left is still the current one: an editor saves its pending draft there.
     */
    public void beforeSwitch(Runnable flush) {
        beforeSwitch.add(flush);
    }

    /**
     * Switches every page to another account: pending drafts of the account being left are
     * written first, then the account is read and remembered as the one used last.
     */
    public void switchTo(long accountId, Runnable onDone, Consumer<Throwable> onFailure) {
        if (account.get() != null && account.get().id() == accountId) {
            onDone.run();
            return;
        }
        beforeSwitch.forEach(Runnable::run);
        runner.run(() -> {
            store.useAccount(accountId);
            return Snapshot.read(store, accountId);
        }, snapshot -> {
            refresh(snapshot);
            onDone.run();
        }, onFailure);
    }

    /** Creates a blank account and switches to it (its gate opens, as it is incomplete). */
    public void createAccount(Runnable onDone, Consumer<Throwable> onFailure) {
        beforeSwitch.forEach(Runnable::run);
        String actor = actor();
        runner.run(() -> {
            long id = store.createAccount(actor).id();
            store.useAccount(id);
            return Snapshot.read(store, id);
        }, snapshot -> {
            refresh(snapshot);
            onDone.run();
        }, onFailure);
    }

    /**
     * Removes an account (a backup of the file is made first). When it is the current one, the
     * application moves to {@code next}.
     */
    public void removeAccount(long accountId, long next, Runnable onDone, Consumer<Throwable> onFailure) {
        long stay = accountId == accountId() ? next : accountId();
        runner.run(() -> {
            store.removeAccount(accountId);
            store.useAccount(stay);
            return Snapshot.read(store, stay);
        }, snapshot -> {
            refresh(snapshot);
            onDone.run();
        }, onFailure);
    }

    /** Another account to move to from the current one: the given one if it exists, else a complete one first. */
    public Optional<AccountSummary> otherAccount(AccountSummary preferred) {
        long here = accountId();
        List<AccountSummary> others = accounts.stream().filter(a -> a.id() != here).toList();
        if (preferred != null) {
            Optional<AccountSummary> same = others.stream().filter(a -> a.id() == preferred.id()).findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        return others.stream().min(java.util.Comparator.comparing((AccountSummary a) -> !a.complete()));
    }

    public void saveDraft(ContactDetails draft, Runnable onSaved, Consumer<Throwable> onFailure) {
        this.draft = Optional.of(draft);
        long id = accountId();
        runner.run(() -> {
            store.saveDraft(id, draft);
            return null;
        }, done -> onSaved.run(), onFailure);
    }

    /** Stores the details (already validated) and refreshes everything that depends on them. */
    public void submit(ContactDetails details, Runnable onDone, Consumer<Throwable> onFailure) {
        long id = accountId();
        String actor = actor();
        List<PortalUser> current = List.copyOf(users);
        runner.run(() -> {
            store.submit(id, gate.prepareForSubmit(details, current), actor);
            return Snapshot.read(store, id);
        }, snapshot -> {
            draft = Optional.empty();
            refresh(snapshot);
            onDone.run();
            // After the unlock, on the same storage thread: later writes wait for it, the user does not.
            runner.run(() -> {
                store.backUpAfterSubmit();
                return null;
            }, done -> { }, failure -> { });
        }, onFailure);
    }

    public void addUser(String name, String email, UserRole role, Consumer<PortalUser> onDone, Consumer<Throwable> onFailure) {
        long id = accountId();
        String actor = actor();
        runner.run(() -> {
            PortalUser user = store.addUser(id, name, email, role, actor);
            return new UserAdded(user, Snapshot.read(store, id));
        }, result -> {
            refresh(result.snapshot());
            onDone.accept(result.user());
        }, onFailure);
    }

    public void removeUser(long userId, Runnable onDone, Consumer<Throwable> onFailure) {
        long id = accountId();
        String actor = actor();
        write(id, () -> store.removeUser(id, userId, actor), onDone, onFailure);
    }

    public void changeUserRole(long userId, UserRole role, Runnable onDone, Consumer<Throwable> onFailure) {
        long id = accountId();
        String actor = actor();
        write(id, () -> store.changeUserRole(id, userId, role, actor), onDone, onFailure);
    }

    /** Records that the current account's details are still correct. */
    public void reconfirm(Runnable onDone, Consumer<Throwable> onFailure) {
        long id = accountId();
        String actor = actor();
        write(id, () -> store.reconfirm(id, actor), onDone, onFailure);
    }

    /**
     * Reads the current account and the list of accounts again, after something other than this
     * session changed the file (a sync, an import).
     */
    public void reload(Runnable onDone, Consumer<Throwable> onFailure) {
        long id = accountId();
        runner.run(() -> {
            boolean exists = store.accounts().stream().anyMatch(a -> a.id() == id);
            return Snapshot.read(store, exists ? id : store.currentAccountId());
        }, snapshot -> {
            refresh(snapshot);
            onDone.run();
        }, onFailure);
    }

    /** Runs {@code then} once every write submitted so far has finished. */
    public void afterPendingWrites(Runnable then) {
        runner.run(() -> null, done -> then.run(), failure -> then.run());
    }

    private String actor() {
        return author.get().label();
    }

    private void write(long id, Runnable work, Runnable onDone, Consumer<Throwable> onFailure) {
        runner.run(() -> {
            work.run();
            return Snapshot.read(store, id);
        }, snapshot -> {
            refresh(snapshot);
            onDone.run();
        }, onFailure);
    }

    private void refresh(Snapshot s) {
        accounts.setAll(s.accounts());
        boolean switched = account.get() == null || account.get().id() != s.account().id();
        if (switched) {
            // What belongs to the account comes first: listeners of the account see it complete.
            draft = s.draft();
        }
        users.setAll(s.users());
        stored.set(s.stored());
        submittedAt.set(s.submittedAt().orElse(null));
        confirmedAt.set(s.confirmedAt().orElse(null));
        recent.setAll(s.recent());
        switching = switched;
        try {
            revision.set(revision.get() + 1);
            // Last: a listener of the account sees every other property of the new account.
            account.set(s.account());
        } finally {
            switching = false;
        }
    }

    /**
     * True while a switch of account is being announced: a change of {@link #locked()} seen then
     * belongs to the switch, and is better handled by a listener of {@link #accountProperty()}.
     */
    public boolean isSwitching() {
        return switching;
    }
}
