package dev.partnercontacts.ui.sync;

import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.sync.ImportPlan;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.task.BackgroundTask;
import dev.partnercontacts.task.TaskExecutor;
import dev.partnercontacts.ui.workspace.AccountCommands;
import dev.partnercontacts.ui.workspace.Workspace;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starting a workstation (ui-contract, "Starting on an empty data file"): while the file holds no
 * submitted account, the gate offers to receive the team's accounts from the sync server, or to
 * import a bundle. Either one, once it brought accounts, replaces the blank account the file
 * started with: the window moves to the first account received and the blank one is removed.
 */
public final class StartViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(StartViewModel.class);

    private final AccountStore store;
    private final TaskExecutor reader;
    private final SyncViewModel sync;
    private final BundleViewModel bundles;
    private final AccountCommands commands;
    private final Workspace session;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** @param reader reads the data file (its writer: what it reads follows what was written) */
    public StartViewModel(AccountStore store, TaskExecutor reader, SyncViewModel sync, BundleViewModel bundles,
                          AccountCommands commands, Messages messages) {
        this.store = store;
        this.reader = reader;
        this.sync = sync;
        this.bundles = bundles;
        this.commands = commands;
        this.session = commands.workspace();
        this.messages = messages;
    }

    /** Whether the file holds no submitted account, so that starting from the server or a bundle makes sense. */
    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** What the last start did or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads, off the FX thread, whether any account of the file was ever submitted. */
    public void refresh() {
        reader.execute(BackgroundTask.of(() -> store.accounts().stream().noneMatch(a -> store.submittedAt(a.id()).isPresent()))
                .onSuccess(offered::set)
                .onFailure(failure -> LOG.warn("Could not tell whether the file holds accounts", failure)));
    }

    /**
     * Receives every account of the team database with this login (kept, as on the Sync tab),
     * then replaces the blank account. False when the login is incomplete (the reason is shown).
     */
    public boolean fromServer(String server, String user, String database, String password) {
        sync.serverProperty().set(server);
        sync.userProperty().set(user);
        sync.databaseProperty().set(database);
        sync.passwordProperty().set(password);
        status.set(messages.get("start.server.receiving"));
        busy.set(true);
        boolean started = sync.syncNow(summary -> {
            busy.set(false);
            if (summary.failure() != null) {
                status.set(sync.statusProperty().get());
            } else if (summary.pulledAccounts() == 0) {
                status.set(messages.get("start.server.empty"));
            } else {
                status.set(messages.get("start.server.received", summary.pulledAccounts()));
                replaceBlank();
            }
        });
        if (!started) {
            busy.set(false);
            status.set(sync.serverErrorProperty().get());
        }
        return started;
    }

    /** Imports a bundle whose preview the person accepted, then replaces the blank account. */
    public void fromBundle(ImportPlan.Ready plan) {
        bundles.apply(plan, this::replaceBlank);
    }

    /** Moves to the first other account, removing the blank one the file started with. */
    private void replaceBlank() {
        AccountSummary blank = session.accountProperty().get();
        commands.reload(() -> {
            Optional<AccountSummary> first = session.accounts().stream().filter(a -> a.id() != blank.id()).findFirst();
            if (first.isEmpty()) {
                return;
            }
            reader.execute(BackgroundTask.of(() -> store.submittedAt(blank.id()).isPresent() || !store.users(blank.id()).isEmpty())
                    .onSuccess(kept -> {
                        if (kept) {
                            commands.switchTo(first.get().id(), () -> offered.set(false), this::failed);
                        } else {
                            commands.removeAccount(blank.id(), first.get().id(), () -> offered.set(false), this::failed);
                        }
                    })
                    .onFailure(this::failed));
        }, this::failed);
    }

    private void failed(Exception failure) {
        LOG.warn("Starting from the received accounts failed", failure);
        status.set(messages.get("start.failed"));
    }
}
