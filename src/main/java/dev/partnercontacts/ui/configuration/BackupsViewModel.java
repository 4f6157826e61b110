package dev.partnercontacts.ui.configuration;

import dev.partnercontacts.domain.StoreFailure;
import dev.partnercontacts.task.BackgroundTask;
import dev.partnercontacts.task.TaskExecutor;
import dev.partnercontacts.ui.common.Dialogs;
import dev.partnercontacts.ui.common.Dialogs.Choice;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.Messages;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;

/**
 * Settings → Backups ({@code backupsList}, {@code restoreBackupButton}, ui-contract.md
 * "Settings"): the backups with their dates, sizes and accounts, and putting one back. Restoring
 * asks first, naming the backup (Enter and Escape keep the current data); the backup is checked
 * before anything changes, and a backup that fails its check is refused where the user clicked.
 * All disk work runs on {@code background}; call on the FX thread.
 */
public final class BackupsViewModel {

    private final BackupShelf shelf;
    private final TaskExecutor background;
    private final Dialogs dialogs;
    private final Messages messages;
    private final ObservableList<BackupShelf.Entry> backups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final boolean canRestore;

    /** @param canRestore false when the data file is open read-only (another instance writes it) */
    public BackupsViewModel(BackupShelf shelf, TaskExecutor background, Dialogs dialogs, Messages messages,
                            boolean canRestore) {
        this.shelf = shelf;
        this.canRestore = canRestore;
        this.background = background;
        this.dialogs = dialogs;
        this.messages = messages;
        busy.set(!canRestore);
    }

    public ObservableList<BackupShelf.Entry> backups() {
        return backups;
    }

    /** What the last restore came to, or what is being done. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a backup is being checked or put in place, and always when the file is open read-only. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the list of backups again, off the FX thread. */
    public void load() {
        background.execute(BackgroundTask.of(shelf::list)
                .onSuccess(list -> backups.setAll(list))
                .onFailure(failure -> status.set(messages.get("backups.listFailed", FailureText.of(messages, failure)))));
    }

    /** "Nov 30, 2026, 9:15:02 AM · 164 KB · 2 accounts": the date in the locale's medium form, to the second. */
    public String describe(BackupShelf.Entry entry) {
        return messages.get("backups.item", messages.dateTimeToTheSecond(entry.madeAt()), details(entry));
    }

    /** "164 KB · 2 accounts", or "34 KB · cannot be read". */
    private String details(BackupShelf.Entry entry) {
        String size = entry.size() < 1024 * 1024
                ? messages.get("backups.size.kb", Math.max(1, Math.round(entry.size() / 1024.0)))
                : messages.get("backups.size.mb", entry.size() / (1024.0 * 1024.0));
        return entry.accounts() < 0
                ? messages.get("backups.details.unreadable", size)
                : messages.get("backups.details", size, entry.accounts());
    }

    /**
     * Asks, then checks the backup and has it put in place. The question's safe answer keeps the
     * current data (Enter and Escape choose it).
     */
    public void restore(BackupShelf.Entry entry, Window owner) {
        if (entry == null || busy.get() || !canRestore) {
            return;
        }
        String when = messages.dateTimeToTheSecond(entry.madeAt());
        Choice restore = Choice.of(messages.get("backups.restore.confirm"), "confirmRestoreButton");
        Choice keep = Choice.safe(messages.get("backups.restore.cancel"), "cancelRestoreButton");
        Optional<Choice> answer = dialogs.ask(owner, new Dialogs.Question(messages.get("backups.restore.title"),
                messages.get("backups.restore.header", when), messages.get("backups.restore.content", details(entry)),
                List.of(restore, keep)));
        if (answer.filter(restore::equals).isEmpty()) {
            return;
        }
        busy.set(true);
        status.set(messages.get("backups.restore.checking"));
        background.execute(BackgroundTask.ofAction(() -> shelf.check(entry))
                .onSuccess(checked -> shelf.restore(entry))
                .onFailure(this::refused));
    }

    /** Says why a restore did not happen (the current data file is as it was). */
    public void refused(Exception failure) {
        busy.set(!canRestore);
        String why = failure instanceof StoreFailure f && isTheBackups(f)
                ? messages.get("backups.restore.unusable")
                : FailureText.of(messages, failure);
        status.set(messages.get("backups.restore.failed", why));
    }

    /** A failure of the backup itself (damaged, not a database, too new), not of the folder. */
    private static boolean isTheBackups(StoreFailure f) {
        return switch (f.kind()) {
            case DAMAGED, NOT_A_DATABASE, NEWER_VERSION -> true;
            default -> false;
        };
    }
}
