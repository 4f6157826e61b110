package dev.partnercontacts.ui.sync;

import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.sync.Conflict;
import dev.partnercontacts.sync.ConflictMerge;
import dev.partnercontacts.sync.CouchDocuments;
import dev.partnercontacts.sync.CouchException;
import dev.partnercontacts.sync.FailureKind;
import dev.partnercontacts.sync.ServerAddress;
import dev.partnercontacts.sync.SyncSummary;
import dev.partnercontacts.ui.common.AccountSession;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.Scheduler;
import dev.partnercontacts.ui.common.TaskRunner;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sync tab and the sync state the main window always shows: the server and login, Sync now,
 * automatic sync while the server answers (with back-off while it does not), accounts to add from
 * the server, and conflicts to resolve. The password lives in memory, or in the system keychain
 * when the user asks to remember it; never in the data file or a log.
 */
public final class SyncViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SyncViewModel.class);
    /** How often to sync while all is well, how soon after a local change, and the longest back-off. */
    static final Duration EVERY = Duration.ofMinutes(5);
    static final Duration AFTER_CHANGE = Duration.ofSeconds(10);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(15);

    private final AccountStore store;
    private final TaskRunner local;
    private final SyncGateway gateway;
    private final PasswordVault vault;
    private final AccountSession session;
    private final Messages messages;
    private final Executor fx;
    private final Scheduler scheduler;
    private final Clock clock;

    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty(CouchDocuments.DEFAULT_DATABASE);
    private final ReadOnlyStringWrapper serverWarning = new ReadOnlyStringWrapper("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper serverError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final ObservableSet<String> unsent = FXCollections.observableSet();
    private int pending;
    private Instant lastSynced;
    private FailureKind lastFailure;
    private String lastSubject = "";
    private Duration retry = FIRST_RETRY;
    private Scheduler.Scheduled next;
    private boolean stopped;

    /**
     * @param local runs local reads and writes (settings, keychain) off the FX thread
     * @param fx    runs on the FX thread what the network hands back
     */
    public SyncViewModel(AccountStore store, TaskRunner local, SyncGateway gateway, PasswordVault vault,
                         AccountSession session, Messages messages, Executor fx, Scheduler scheduler, Clock clock) {
        this.store = store;
        this.local = local;
        this.gateway = gateway;
        this.vault = vault;
        this.session = session;
        this.messages = messages;
        this.fx = fx;
        this.scheduler = scheduler;
        this.clock = clock;
        server.addListener((o, was, is) -> serverWarning.set(warning(is)));
        session.recentChanges().addListener((ListChangeListener<HistoryEntry>) c -> {
            refreshLocal();
            if (canSync()) {
                scheduleIn(AFTER_CHANGE);
            }
        });
        showState();
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The team database on the server ({@code partner-contacts} unless set otherwise). */
    public StringProperty databaseProperty() {
        return database;
    }

    /** Why the address, though accepted, is risky (plain http:// to another computer); empty otherwise. */
    public ReadOnlyStringProperty serverWarningProperty() {
        return serverWarning.getReadOnlyProperty();
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public ReadOnlyStringProperty serverErrorProperty() {
        return serverError.getReadOnlyProperty();
    }

    /** What the last sync did or why it failed, in a sentence or two. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Offline, N changes waiting, synced at T, or conflicts to resolve: for the main window. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

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
        return FXCollections.unmodifiableObservableSet(unsent);
    }

    /** Stops syncing by itself (the windows are closing or being built again); nothing scheduled runs. */
    public void stop() {
        stopped = true;
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    /** Reads the saved server, user and remembered password, then syncs when it can. */
    public void load() {
        local.run(() -> {
            String s = store.setting(SettingKeys.SYNC_SERVER).orElse("");
            String u = store.setting(SettingKeys.SYNC_USER).orElse("");
            String d = store.setting(SettingKeys.SYNC_DATABASE).filter(n -> !n.isBlank()).orElse(CouchDocuments.DEFAULT_DATABASE);
            Optional<String> remembered = s.isEmpty() || u.isEmpty() ? Optional.empty() : vault.read(s, u);
            Optional<Instant> last = store.setting(SettingKeys.SYNC_LAST_SYNCED).flatMap(SyncViewModel::instant);
            return new Saved(s, u, d, remembered, last);
        }, saved -> {
            server.set(saved.server());
            user.set(saved.user());
            database.set(saved.database());
            saved.lastSynced().ifPresent(at -> lastSynced = at);
            saved.password().ifPresent(p -> {
                password.set(p);
                remember.set(true);
            });
            refreshLocal();
            if (canSync()) {
                scheduleIn(Duration.ofSeconds(2));
            }
        }, failure -> LOG.warn("The sync settings could not be read: {}", failure.toString()));
    }

    private record Saved(String server, String user, String database, Optional<String> password,
                         Optional<Instant> lastSynced) {
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Syncs every account now. Returns false when the server, user or password is missing or wrong. */
    public boolean syncNow() {
        return syncNow(summary -> { });
    }

    /** As {@link #syncNow()}, then {@code after} on the FX thread with what the sync did (not on a failure to run). */
    public boolean syncNow(Consumer<SyncSummary> after) {
        Optional<SyncGateway.Login> login = login();
        if (login.isEmpty()) {
            return false;
        }
        saveSettings(login.get());
        run(gateway.sync(login.get()), summary -> {
            synced(summary);
            after.accept(summary);
        }, after);
        return true;
    }

    /** Keeps, for each differing field, the side chosen; the result is sent on the next sync. */
    public void resolve(Conflict conflict, Map<ConflictMerge.Field, ConflictMerge.Side> choice) {
        run(gateway.resolve(conflict.key(), choice), done -> {
            status.set(messages.get("sync.conflict.resolved"));
            session.reload(() -> { }, f -> LOG.warn("Reloading after a resolution failed: {}", f.toString()));
            refreshLocal();
            syncNow();
        });
    }

    private boolean canSync() {
        return !server.get().isBlank() && !user.get().isBlank() && !password.get().isEmpty();
    }

    /** The login typed on the tab, or empty with the reason shown. */
    private Optional<SyncGateway.Login> login() {
        serverError.set("");
        ServerAddress.Check check = ServerAddress.check(server.get());
        if (check instanceof ServerAddress.CarriesCredentials) {
            // Refused before anything is saved: the address holds a secret.
            serverError.set(messages.get("sync.server.credentials"));
            return Optional.empty();
        }
        if (!(check instanceof ServerAddress.Valid valid)) {
            serverError.set(messages.get("sync.server.invalid"));
            return Optional.empty();
        }
        URI uri = valid.uri();
        String db = database.get() == null || database.get().isBlank() ? CouchDocuments.DEFAULT_DATABASE : database.get().strip();
        if (!CouchDocuments.isDatabaseName(db)) {
            serverError.set(messages.get("sync.database.invalid"));
            return Optional.empty();
        }
        if (user.get().isBlank() || password.get().isEmpty()) {
            serverError.set(messages.get("sync.login.missing"));
            return Optional.empty();
        }
        return Optional.of(new SyncGateway.Login(uri, user.get().strip(), password.get().toCharArray(), db));
    }

    private void saveSettings(SyncGateway.Login login) {
        String s = login.server().toString();
        String u = login.user();
        String d = login.database();
        String p = password.get();
        boolean keep = remember.get();
        local.run(() -> {
            store.putSettings(Map.of(SettingKeys.SYNC_SERVER, s, SettingKeys.SYNC_USER, u, SettingKeys.SYNC_DATABASE, d));
            if (keep) {
                vault.save(s, u, p);
            } else {
                vault.forget(s, u);
            }
            return null;
        }, done -> { }, failure -> {
            LOG.warn("The sync settings or the remembered password could not be saved: {}", failure.getMessage());
            if (failure instanceof PasswordVault.VaultException) {
                status.set(messages.get("sync.keychain.unavailable"));
            }
        });
    }

    private <T> void run(CompletableFuture<T> work, Consumer<T> then) {
        run(work, then, null);
    }

    /** {@code onFailure} hears, as a summary, of a sync that could not run at all. */
    private <T> void run(CompletableFuture<T> work, Consumer<T> then, Consumer<SyncSummary> onFailure) {
        busy.set(true);
        showState();
        work.whenComplete((result, failure) -> fx.execute(() -> {
            busy.set(false);
            if (failure != null) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                FailureKind kind = cause instanceof CouchException ce ? ce.kind() : FailureKind.UNEXPECTED;
                LOG.warn("Sync failed: {}", kind);
                lastFailure = kind;
                status.set(messages.get("sync.failed", failureText(kind, cause instanceof CouchException ce ? ce.subject() : "")));
                showState();
                if (onFailure != null) {
                    onFailure.accept(new SyncSummary(0, 0, 0, List.of(), Map.of(), kind));
                }
                return;
            }
            then.accept(result);
        }));
    }

    private void synced(SyncSummary summary) {
        FailureKind failure = summary.failure() != null ? summary.failure()
                : summary.failures().values().stream().findFirst().orElse(null);
        lastFailure = failure;
        lastSubject = summary.failure() != null ? summary.subject() : "";
        if (failure == null) {
            lastSynced = clock.instant();
            retry = FIRST_RETRY;
            status.set(messages.get("sync.done", summary.pushedAccounts(), summary.pulledAccounts(), summary.conflicts().size()));
            scheduleIn(EVERY);
        } else {
            status.set(messages.get("sync.failed", failureText(failure, lastSubject)));
            scheduleIn(retry);
            retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
        }
        if (summary.pulledAccounts() > 0 || !summary.conflicts().isEmpty()) {
            // What came from the server may lock or unlock the current account: the session re-reads it.
            session.reload(() -> { }, f -> LOG.warn("Reloading after a sync failed: {}", f.toString()));
        }
        refreshLocal();
    }

    /** How long until the next automatic sync, if one is scheduled (for tests). */
    Duration retryDelay() {
        return retry;
    }

    private void scheduleIn(Duration delay) {
        if (stopped) {
            return;
        }
        if (next != null) {
            next.cancel();
        }
        next = scheduler.schedule(delay, () -> {
            next = null;
            if (!stopped && canSync() && !busy.get()) {
                syncNow();
            }
        });
    }

    /** Reads the waiting changes and conflicts again. */
    public void refreshLocal() {
        gateway.unsentAccounts().thenCombine(gateway.conflicts(), Local::new)
                .whenComplete((l, failure) -> fx.execute(() -> {
                    if (l != null) {
                        pending = l.unsent().size();
                        // Without a server nothing is ever sent: no account is marked for it.
                        List<String> marked = server.get().isBlank() ? List.of() : l.unsent();
                        unsent.retainAll(marked);
                        unsent.addAll(marked);
                        updateInPlace(l.conflicts());
                    }
                    showState();
                }));
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

    private String warning(String address) {
        return ServerAddress.check(address) instanceof ServerAddress.Valid v && v.unencrypted()
                ? messages.get("sync.server.unencrypted", v.uri().getHost()) : "";
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
        if (server.get().isBlank()) {
            return messages.get("sync.state.notSetUp");
        }
        if (pending > 0) {
            return messages.get("sync.state.waiting", pending);
        }
        if (lastSynced != null) {
            return messages.get("sync.state.synced", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(messages.locale()).withZone(ZoneId.systemDefault()).format(lastSynced));
        }
        return messages.get("sync.state.notYet");
    }
}
