package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.ActivityEntry;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.GateResult;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The account the application is working on, as the UI sees it: its users, its stored details
 * and the gate's verdict on them, kept up to date after every write. All writes go through the
 * {@link TaskRunner}; call the methods on the FX thread.
 */
public final class AccountSession {

    private static final int ACTIVITY_SHOWN = 200;

    /** What is read from the store before the first window opens. */
    public record Snapshot(long accountId, ContactDetails stored, Optional<ContactDetails> draft,
                           List<PortalUser> users, Optional<Instant> submittedAt, List<ActivityEntry> activity) {

        /** Reads the current account; blocking I/O. */
        public static Snapshot read(AccountStore store) {
            long id = store.currentAccountId();
            return new Snapshot(id, store.loadStored(id), store.loadDraft(id), store.users(id),
                    store.submittedAt(id), store.activity(id, ACTIVITY_SHOWN));
        }
    }

    private record UserAdded(PortalUser user, Snapshot snapshot) {
    }

    private final AccountStore store;
    private final TaskRunner runner;
    private final Gate gate;
    private final String actor;
    private final long accountId;
    private final ObservableList<PortalUser> users = FXCollections.observableArrayList();
    private final ObservableList<ActivityEntry> activity = FXCollections.observableArrayList();
    // Made once: unmodifiable views listen weakly to their source (see ContactFormViewModel).
    private final ObservableList<PortalUser> usersView = FXCollections.unmodifiableObservableList(users);
    private final ObservableList<ActivityEntry> activityView = FXCollections.unmodifiableObservableList(activity);
    private final ObjectProperty<ContactDetails> stored = new SimpleObjectProperty<>(ContactDetails.EMPTY);
    private final ObjectProperty<Instant> submittedAt = new SimpleObjectProperty<>();
    private final ObjectBinding<GateResult> gateResult;
    private final BooleanBinding locked;
    private Optional<ContactDetails> draft;

    public AccountSession(AccountStore store, TaskRunner runner, Gate gate, String actor, Snapshot snapshot) {
        this.store = store;
        this.runner = runner;
        this.gate = gate;
        this.actor = actor;
        this.accountId = snapshot.accountId();
        this.draft = snapshot.draft();
        users.setAll(snapshot.users());
        activity.setAll(snapshot.activity());
        stored.set(snapshot.stored());
        submittedAt.set(snapshot.submittedAt().orElse(null));
        gateResult = Bindings.createObjectBinding(() -> gate.evaluate(stored.get(), users), stored, users);
        locked = Bindings.createBooleanBinding(() -> !gateResult.get().isComplete(), gateResult);
    }

    public Gate gate() {
        return gate;
    }

    public long accountId() {
        return accountId;
    }

    /** The portal users, in the order they were added. Read-only for callers. */
    public ObservableList<PortalUser> users() {
        return usersView;
    }

    public ObservableList<ActivityEntry> activity() {
        return activityView;
    }

    public ReadOnlyObjectProperty<ContactDetails> storedProperty() {
        return stored;
    }

    public ReadOnlyObjectProperty<Instant> submittedAtProperty() {
        return submittedAt;
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

    public void saveDraft(ContactDetails draft, Runnable onSaved, Consumer<Throwable> onFailure) {
        this.draft = Optional.of(draft);
        runner.run(() -> {
            store.saveDraft(accountId, draft);
            return null;
        }, done -> onSaved.run(), onFailure);
    }

    /** Stores the details (already validated) and refreshes everything that depends on them. */
    public void submit(ContactDetails details, Runnable onDone, Consumer<Throwable> onFailure) {
        runner.run(() -> {
            store.submit(accountId, gate.prepareForSubmit(details, List.copyOf(users)), actor);
            return Snapshot.read(store);
        }, snapshot -> {
            draft = Optional.empty();
            refresh(snapshot);
            onDone.run();
        }, onFailure);
    }

    public void addUser(String name, String email, UserRole role, Consumer<PortalUser> onDone, Consumer<Throwable> onFailure) {
        runner.run(() -> {
            PortalUser user = store.addUser(accountId, name, email, role, actor);
            return new UserAdded(user, Snapshot.read(store));
        }, result -> {
            refresh(result.snapshot());
            onDone.accept(result.user());
        }, onFailure);
    }

    public void removeUser(long userId, Runnable onDone, Consumer<Throwable> onFailure) {
        write(() -> store.removeUser(accountId, userId, actor), onDone, onFailure);
    }

    public void changeUserRole(long userId, UserRole role, Runnable onDone, Consumer<Throwable> onFailure) {
        write(() -> store.changeUserRole(accountId, userId, role, actor), onDone, onFailure);
    }

    /** Runs {@code then} once every write submitted so far has finished. */
    public void afterPendingWrites(Runnable then) {
        runner.run(() -> null, done -> then.run(), failure -> then.run());
    }

    private void write(Runnable work, Runnable onDone, Consumer<Throwable> onFailure) {
        runner.run(() -> {
            work.run();
            return Snapshot.read(store);
        }, snapshot -> {
            refresh(snapshot);
            onDone.run();
        }, onFailure);
    }

    private void refresh(Snapshot s) {
        users.setAll(s.users());
        stored.set(s.stored());
        submittedAt.set(s.submittedAt().orElse(null));
        activity.setAll(s.activity());
    }
}
