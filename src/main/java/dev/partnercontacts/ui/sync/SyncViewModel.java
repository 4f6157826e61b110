package dev.partnercontacts.ui.sync;

import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.sync.AutoSyncPolicy;
import dev.partnercontacts.domain.Problem;
import dev.partnercontacts.sync.Conflict;
import dev.partnercontacts.sync.InvalidResolution;
import dev.partnercontacts.sync.ConflictMerge;
import dev.partnercontacts.sync.CouchException;
import dev.partnercontacts.sync.FailureKind;
import dev.partnercontacts.sync.SyncSummary;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.task.BackgroundTask;
import dev.partnercontacts.task.Scheduled;
import dev.partnercontacts.task.Tasks;
import dev.partnercontacts.ui.workspace.AccountCommands;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.util.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sync tab and the sync state the main window always shows: the server and login, Sync now,
 * automatic sync as {@link AutoSyncPolicy} decides, accounts to add from the server, and
 * conflicts to resolve. One thing talks to the server at a time ({@link #busyProperty()}): a
 * request while another runs is not started. The login is {@link SyncLogin}'s.
 */
public final class SyncViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SyncViewModel.class);

    private final Tasks tasks;
    private final SyncGateway gateway;
    private final AccountCommands commands;
    private final Messages messages;
    private final SyncResultText results;
    private final Clock clock;
    private final AutoSyncPolicy policy;

    private final SyncLogin login;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final ObservableSet<String> unsent = FXCollections.observableSet();
    private final ObservableSet<String> unsentView = FXCollections.unmodifiableObservableSet(unsent);
    private final Subscription changes;
    private int pending;
    private Instant lastSynced;
    private FailureKind lastFailure;
    private String lastSubject = "";
    private Scheduled timer = Scheduled.NONE;

    /**
     * @param tasks sync requests run on its network thread, settings and the sync tables on the
     *              data file's writer, the keychain on the background thread; its scheduler
     *              times the automatic syncs
     * @param clock what {@code policy} reads, and the time "synced at" shows
     */
    public SyncViewModel(AccountStore store, Tasks tasks, SyncGateway gateway, PasswordVault vault,
                         AccountCommands commands, Messages messages, Clock clock, AutoSyncPolicy policy) {
        this.tasks = tasks;
        this.gateway = gateway;
        this.login = new SyncLogin(store, tasks, vault, messages);
        this.commands = commands;
        this.messages = messages;
        this.results = new SyncResultText(messages);
        this.clock = clock;
        this.policy = policy;
        ListChangeListener<HistoryEntry> changed = c -> {
            refreshLocal();
            policy.changedHere();
            plan();
        };
        ObservableList<HistoryEntry> recent = commands.workspace().recentChanges();
        recent.addListener(changed);
        changes = () -> recent.removeListener(changed);
        showState();
    }

    public StringProperty serverProperty() {
        return login.server();
    }

    public StringProperty userProperty() {
        return login.user();
    }

    /** The team database on the server ({@code partner-contacts} unless set otherwise). */
    public StringProperty databaseProperty() {
        return login.database();
    }

    /** Why the address, though accepted, is risky (plain http:// to another computer); empty otherwise. */
    public ReadOnlyStringProperty serverWarningProperty() {
        return login.warning();
    }

    /** Kept in memory only, or in the system keychain when {@link #rememberProperty()} is ticked. */
    public StringProperty passwordProperty() {
        return login.password();
    }

    public BooleanProperty rememberProperty() {
        return login.remember();
    }

    /** Why the address or login typed cannot be used; empty when it can. */
    public ReadOnlyStringProperty serverErrorProperty() {
        return login.error();
    }

    /** What the last sync did or why it failed, in a sentence or two. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Offline, N changes waiting, synced at T, or conflicts to resolve: for the main window. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True while the server is being talked to or a resolution stored: nothing else starts then. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    /**
     * The keys of the accounts with changes not sent yet, read again after every sync and local
     * change; empty while no sync server is set up.
     */
    public ObservableSet<String> unsentAccounts() {
        return unsentView;
    }

    /**
     * Stops syncing by itself and stops following the workspace (the windows are closing or
     * being built again): no timer of this view-model runs any more.
     */
    public void stop() {
        policy.stop();
        timer.cancel();
        timer = Scheduled.NONE;
        changes.unsubscribe();
    }

    /** Reads the saved server and user, then the remembered password, then syncs when it can. */
    public void load() {
        login.load(saved -> {
            saved.lastSynced().ifPresent(at -> lastSynced = at);
            refreshLocal();
        }, () -> {
            policy.loginReady();
            plan();
        }, status::set);
    }

    /**
     * Syncs every account now. Returns false when the server, user or password is missing or
     * wrong (the reason is shown), or when the server is being talked to already.
     */
    public boolean syncNow() {
        return syncNow(summary -> { });
    }

    /**
     * As {@link #syncNow()}, then {@code after} on the FX thread with what the sync did; a sync that
     * could not run at all is told as a summary with its failure.
     */
    public boolean syncNow(Consumer<SyncSummary> after) {
        if (busy.get()) {
            return false;
        }
        Optional<SyncGateway.Login> typed = login.login();
        if (typed.isEmpty()) {
            return false;
        }
        login.save(typed.get(), status::set);
        onNetwork(() -> gateway.sync(typed.get()), summary -> {
            synced(summary);
            after.accept(summary);
        }, kind -> after.accept(new SyncSummary(0, 0, 0, List.of(), Map.of(), kind)));
        return true;
    }

    /**
     * Keeps, for each differing field, the side chosen; the result is sent by a sync that starts
     * at once. Never while the server is being talked to: that sync could be working on the same
     * account (returns false and says to wait). A choice that breaks the form's rules (no
     * Administrator left) is not stored: the status says why, and the conflict still waits.
     */
    public boolean resolve(Conflict conflict, Map<ConflictMerge.Field, ConflictMerge.Side> choice) {
        if (busy.get()) {
            status.set(messages.get("sync.busy"));
            return false;
        }
        busy.set(true);
        showState();
        tasks.writer().execute(BackgroundTask.ofAction(() -> gateway.resolve(conflict.key(), choice))
                .onSuccess(done -> {
                    busy.set(false);
                    status.set(messages.get("sync.conflict.resolved"));
                    commands.reload(() -> { }, this::reloadFailed);
                    refreshLocal();
                    syncNow();
                })
                .onFailure(failure -> {
                    busy.set(false);
                    if (failure instanceof InvalidResolution refused) {
                        // A person's choice, not a fault: say what it breaks; the conflict still waits.
                        Problem p = refused.problems().get(0);
                        status.set(refused.leavesNoAdministrator() ? messages.get("sync.conflict.refusedNoAdministrator")
                                : messages.get("sync.conflict.refused", messages.get(p.messageKey(), p.args().toArray())));
                        showState();
                        return;
                    }
                    LOG.error("Storing the resolution of a conflict failed", failure);
                    status.set(messages.get("sync.conflict.failed", FailureText.of(messages, failure)));
                    showState();
                })
                .onCancelled(() -> busy.set(false)));
        return true;
    }

    /**
     * Syncs on the network thread; one request at a time. A failure of any kind to run is shown,
     * the policy backs off and plans the next, and {@code couldNotRun} hears why.
     */
    private void onNetwork(Callable<SyncSummary> work, Consumer<SyncSummary> then, Consumer<FailureKind> couldNotRun) {
        busy.set(true);
        showState();
        tasks.network().execute(BackgroundTask.of(work)
                .onSuccess(result -> {
                    busy.set(false);
                    then.accept(result);
                    showState();
                })
                .onFailure(failure -> {
                    busy.set(false);
                    FailureKind kind = failure instanceof CouchException ce ? ce.kind() : FailureKind.UNEXPECTED;
                    if (kind == FailureKind.UNEXPECTED) {
                        LOG.error("Sync failed", failure);
                    } else {
                        LOG.warn("Sync failed: {}", kind);
                    }
                    lastFailure = kind;
                    status.set(messages.get("sync.failed",
                            failureText(kind, failure instanceof CouchException ce ? ce.subject() : "")));
                    policy.failed();
                    plan();
                    showState();
                    couldNotRun.accept(kind);
                })
                .onCancelled(() -> {
                    busy.set(false);
                    showState();
                }));
    }

    private void synced(SyncSummary summary) {
        FailureKind failure = summary.failure() != null ? summary.failure()
                : summary.failures().values().stream().findFirst().orElse(null);
        lastFailure = failure;
        lastSubject = summary.failure() != null ? summary.subject() : "";
        if (failure == null) {
            lastSynced = clock.instant();
            status.set(results.after(summary, lastSynced));
            policy.succeeded();
        } else {
            status.set(messages.get("sync.failed", failureText(failure, lastSubject)));
            policy.failed();
        }
        plan();
        if (summary.pulledAccounts() > 0 || !summary.conflicts().isEmpty()) {
            // What came from the server may lock or unlock the current account: the workspace re-reads it.
            commands.reload(() -> { }, this::reloadFailed);
        }
        refreshLocal();
    }

    private void reloadFailed(Exception failure) {
        LOG.error("Reading the data file again after a sync failed", failure);
        status.set(messages.get("workspace.reloadFailed", FailureText.of(messages, failure)));
    }

    /** Sets the timer for the policy's next automatic sync, when the login is complete. */
    private void plan() {
        timer.cancel();
        timer = Scheduled.NONE;
        if (!login.isComplete()) {
            return;
        }
        policy.nextIn().ifPresent(wait -> timer = tasks.scheduler().after(wait, this::automaticSync));
    }

    private void automaticSync() {
        timer = Scheduled.NONE;
        // While busy, the request under way plans the next when it ends.
        if (policy.isDue() && login.isComplete() && !busy.get()) {
            syncNow();
        }
    }

    /** Reads the waiting changes and conflicts again. */
    public void refreshLocal() {
        tasks.writer().execute(BackgroundTask.of(() -> new Local(gateway.unsentAccounts(), gateway.conflicts()))
                .onSuccess(l -> {
                    pending = l.unsent().size();
                    // Without a server nothing is ever sent: no account is marked for it.
                    List<String> marked = login.server().get().isBlank() ? List.of() : l.unsent();
                    unsent.retainAll(marked);
                    unsent.addAll(marked);
                    updateInPlace(l.conflicts());
                    showState();
                })
                .onFailure(failure -> LOG.error("The changes waiting to be sent could not be read", failure)));
    }

    private record Local(List<String> unsent, List<Conflict> conflicts) {
    }

    /**
     * The conflicts list brought up to date without being rebuilt: an unchanged conflict keeps
     * its item (and with it the selection and the choices made in its view), a changed one is
     * replaced where it stands, a resolved one removed, a new one added at the end.
     */
    private void updateInPlace(List<Conflict> now) {
        Map<String, Conflict> byKey = new java.util.LinkedHashMap<>();
        now.forEach(c -> byKey.put(c.key(), c));
        conflicts.removeIf(c -> !byKey.containsKey(c.key()));
        for (int i = 0; i < conflicts.size(); i++) {
            Conflict fresh = byKey.remove(conflicts.get(i).key());
            if (!fresh.equals(conflicts.get(i))) {
                conflicts.set(i, fresh);
            }
        }
        conflicts.addAll(byKey.values());
    }

    private String failureText(FailureKind kind, String subject) {
        return kind.namesSubject() ? messages.get(kind.messageKey(), subject) : messages.get(kind.messageKey());
    }

    private void showState() {
        state.set(stateText());
    }

    private String stateText() {
        if (busy.get()) {
            return messages.get("sync.state.syncing");
        }
        if (!conflicts.isEmpty()) {
            return messages.get("sync.state.conflicts", conflicts.size());
        }
        if (lastFailure == FailureKind.UNREACHABLE || lastFailure == FailureKind.TIMEOUT
                || lastFailure == FailureKind.CONNECTION_CUT) {
            return messages.get("sync.state.offline", pending);
        }
        if (lastFailure != null) {
            return messages.get("sync.state.failed", pending);
        }
        if (login.server().get().isBlank()) {
            return messages.get("sync.state.notSetUp");
        }
        if (pending > 0) {
            return messages.get("sync.state.waiting", pending);
        }
        if (lastSynced != null) {
            return messages.get("sync.state.synced", results.time(lastSynced));
        }
        return messages.get("sync.state.notYet");
    }
}
