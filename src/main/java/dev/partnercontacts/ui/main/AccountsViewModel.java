package dev.partnercontacts.ui.main;

import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.ui.common.Dialogs;
import dev.partnercontacts.ui.common.Dialogs.Choice;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.workspace.AccountCommands;
import dev.partnercontacts.ui.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The account switcher: the file's accounts, switching between them, creating and removing one. */
public final class AccountsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AccountsViewModel.class);

    private final ObservableSet<String> unsent;
    private final AccountCommands commands;
    private final Workspace session;
    private final Dialogs dialogs;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.BooleanProperty currentUnsaved = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRemove;

    public AccountsViewModel(AccountCommands commands, Dialogs dialogs, Messages messages) {
        this(commands, dialogs, messages, FXCollections.observableSet());
    }

    /** @param unsent the keys of the accounts with changes not sent to the sync server yet (kept up to date by its owner) */
    public AccountsViewModel(AccountCommands commands, Dialogs dialogs, Messages messages, ObservableSet<String> unsent) {
        this.unsent = unsent;
        this.commands = commands;
        this.session = commands.workspace();
        this.dialogs = dialogs;
        this.messages = messages;
        canRemove = Bindings.size(session.accounts()).greaterThan(1).and(busy.not());
        // Another account: its draft as read, until its form says otherwise.
        session.accountProperty().addListener((o, was, is) -> {
            if (is != null && (was == null || was.id() != is.id())) {
                currentUnsaved.set(is.hasDraft());
            }
        });
        AccountSummary first = session.accountProperty().get();
        currentUnsaved.set(first != null && first.hasDraft());
    }

    public ObservableList<AccountSummary> accounts() {
        return session.accounts();
    }

    public ReadOnlyObjectProperty<AccountSummary> currentProperty() {
        return session.accountProperty();
    }

    /** False for the only account: the file always keeps one. */
    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What went wrong with the last switch, creation or removal; empty when nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * "Acme Tours", "New account", with "(incomplete)" while its details are incomplete, a mark
     * while it holds a draft, and one while it has changes the sync server does not have yet.
     */
    public String display(AccountSummary account) {
        String name = account.shownName().isEmpty() ? messages.get("account.unnamed") : account.shownName();
        String shown = account.complete() ? name : messages.get("account.incomplete", name);
        // The account worked on follows its form at once; the others, as last read.
        boolean draft = account.id() == session.accountId() ? currentUnsaved.get() : account.hasDraft();
        shown = draft ? messages.get("account.withDraft", shown) : shown;
        return unsent.contains(account.key()) ? messages.get("account.unsent", shown) : shown;
    }

    /**
     * Whether the current account's form holds changes not submitted (a draft), as its editor
     * says; {@link #display} marks the account with "unsaved draft" (issue 15).
     */
    public javafx.beans.property.BooleanProperty currentUnsavedProperty() {
        return currentUnsaved;
    }

    /** The keys of the accounts with changes not sent yet; {@link #display} marks them. */
    public ObservableSet<String> unsentAccounts() {
        return unsent;
    }

    public void choose(AccountSummary account) {
        if (account == null || account.id() == session.accountId()) {
            return;
        }
        run(done -> commands.switchTo(account.id(), done, this::failed));
    }

    public void create() {
        run(done -> commands.createAccount(done, this::failed));
    }

    /** Asks, naming the account, then removes the current account (after a backup of the file). */
    public void removeCurrent(Window owner) {
        removeCurrent(owner, null, () -> { });
    }

    /**
     * Asks, naming the account, then removes the current account (after a backup of the file)
     * and moves to {@code next} if it is given and exists, else to another account.
     *
     * @param removed runs once the account is removed
     */
    public void removeCurrent(Window owner, AccountSummary next, Runnable removed) {
        AccountSummary account = session.accountProperty().get();
        Optional<AccountSummary> other = session.otherAccount(next);
        if (account == null || other.isEmpty() || busy.get()) {
            return;
        }
        String name = account.shownName().isEmpty() ? messages.get("account.unnamed") : account.shownName();
        // Removing is never the default: Enter keeps the account.
        Choice remove = Choice.of(messages.get("account.remove.confirm"), "confirmRemoveAccountButton");
        Choice keep = Choice.safe(messages.get("account.remove.cancel"), "cancelRemoveAccountButton");
        dialogs.ask(owner, new Dialogs.Question(messages.get("account.remove.title"),
                        messages.get("account.remove.header", name), messages.get("account.remove.content"),
                        List.of(remove, keep)))
                .filter(remove::equals)
                .ifPresent(c -> run(done -> commands.removeAccount(account.id(), other.get().id(), () -> {
                    done.run();
                    removed.run();
                }, this::failed)));
    }

    private void run(java.util.function.Consumer<Runnable> work) {
        busy.set(true);
        problem.set("");
        work.accept(() -> busy.set(false));
    }

    private void failed(Exception failure) {
        busy.set(false);
        LOG.error("Changing accounts failed", failure);
        problem.set(messages.get("account.failed", FailureText.of(messages, failure)));
    }
}
