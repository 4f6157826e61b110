package dev.partnercontacts.ui.sync;

import dev.partnercontacts.sync.AccountImport;
import dev.partnercontacts.sync.ImportPlan;
import dev.partnercontacts.sync.Refusal;
import dev.partnercontacts.ui.common.ChangeText;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.task.BackgroundTask;
import dev.partnercontacts.task.Tasks;
import dev.partnercontacts.ui.workspace.AccountCommands;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Export and import of bundles: one account or all of them out to a file; a file in, checked with
 * the form's rules and shown as what it would change before anything is applied, all or nothing.
 */
public final class BundleViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(BundleViewModel.class);

    /** What importing a file would do, in words: refused with reasons, or the changes to confirm. */
    public record Preview(boolean refused, List<String> lines, ImportPlan.Ready plan) {
    }

    private final BundleFiles files;
    private final Tasks tasks;
    private final AccountCommands commands;
    private final Messages messages;
    private final ChangeText text;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /**
     * @param tasks exports and reading a file run on the background thread; applying an import on
     *              the data file's writer
     */
    public BundleViewModel(BundleFiles files, Tasks tasks, AccountCommands commands, Messages messages) {
        this.files = files;
        this.tasks = tasks;
        this.commands = commands;
        this.messages = messages;
        this.text = new ChangeText(messages, commands.workspace().gate().validation());
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Writes the current account, or every account, to the file. */
    public void export(boolean everyAccount, Path file) {
        List<String> keys = everyAccount ? List.of() : List.of(commands.workspace().accountProperty().get().key());
        tasks.background().execute(BackgroundTask.of(() -> files.export(keys, file))
                .onSuccess(n -> status.set(messages.get("bundle.exported", n, file)))
                .onFailure(failure -> failed("bundle.exportFailed", failure)));
    }

    /** Checks a file and says what importing it would change; nothing is changed. */
    public void preview(Path file, Consumer<Preview> show) {
        tasks.background().execute(BackgroundTask.of(() -> files.plan(file))
                .onSuccess(plan -> show.accept(describe(plan)))
                .onFailure(failure -> failed("bundle.readFailed", failure)));
    }

    private Preview describe(ImportPlan plan) {
        List<String> lines = new ArrayList<>();
        if (plan instanceof ImportPlan.Refused refused) {
            for (Refusal r : refused.reasons()) {
                lines.add(messages.get("bundle.refusal", r.accountIndex() + 1, r.field(), messages.get(r.messageKey(), r.args().toArray())));
            }
            return new Preview(true, lines, null);
        }
        ImportPlan.Ready ready = (ImportPlan.Ready) plan;
        for (AccountImport a : ready.accounts()) {
            String name = a.name().isBlank() ? messages.get("account.unnamed") : a.name();
            if (a.added()) {
                lines.add(messages.get("bundle.added", name));
            } else if (a.changes().isEmpty()) {
                lines.add(messages.get("bundle.unchanged", name));
            } else {
                lines.add(messages.get("bundle.changed", name, a.changes().size()));
                // What would set back data newer here is named as such: the person decides.
                a.changes().forEach(c -> lines.add(a.newerHere().contains(c)
                        ? messages.get("bundle.newer", text.sentence(c)) : "    " + text.sentence(c)));
            }
        }
        return new Preview(false, lines, ready);
    }

    /** Applies what the preview showed; the pages then show the imported data. */
    public void apply(ImportPlan.Ready plan) {
        apply(plan, () -> { });
    }

    /** As {@link #apply(ImportPlan.Ready)}, then {@code then} on the FX thread once the pages show it. */
    public void apply(ImportPlan.Ready plan, Runnable then) {
        String actor = commands.workspace().authorProperty().get().label();
        tasks.writer().execute(BackgroundTask.of(() -> {
                    files.apply(plan, actor);
                    return plan.changedAccounts();
                })
                .onSuccess(n -> {
                    status.set(messages.get("bundle.imported", n));
                    commands.reload(then, f -> failed("workspace.reloadFailed", f));
                })
                .onFailure(failure -> failed("bundle.importFailed", failure)));
    }

    private void failed(String key, Exception failure) {
        LOG.error("Bundle transfer failed", failure);
        status.set(messages.get(key, FailureText.of(messages, failure)));
    }
}
