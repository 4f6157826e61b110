package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.Dialogs;
import dev.partnercontacts.ui.common.Dialogs.Choice;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.task.Debouncer;
import dev.partnercontacts.ui.workspace.AccountCommands;
import dev.partnercontacts.ui.workspace.Workspace;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Editing the contact details, in the gate dialog and on the Contact information page: the
 * form, its draft saved as the user types, and Submit. The draft is saved
 * a moment after typing pauses, and at once before the application quits.
 */
public final class ContactEditorViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ContactEditorViewModel.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AccountCommands commands;
    private final Workspace workspace;
    private final ContactFormViewModel form;
    private final Messages messages;
    private final Debouncer debouncer;
    private final Dialogs dialogs;
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty submitting = new SimpleBooleanProperty(false);
    private final StringProperty draftStatus = new SimpleStringProperty("");
    private final StringProperty submitError = new SimpleStringProperty("");
    private final ChangeListener<String> phoneCountryListener = (o, before, now) -> phoneCountryChanged(before);

    /** @param dialogs asks before changes are discarded */
    public ContactEditorViewModel(AccountCommands commands, ContactFormViewModel form, Messages messages,
                                  Debouncer debouncer, Dialogs dialogs) {
        this.commands = commands;
        this.dialogs = dialogs;
        this.workspace = commands.workspace();
        this.form = form;
        this.messages = messages;
        this.debouncer = debouncer;
        form.setOnEdited(this::draftChanged);
        workspace.phoneCountryProperty().addListener(phoneCountryListener);
    }

    /**
     * Numbers typed are shown and checked as the new phone country reads them, at once. A draft
     * (saved, or typed since the form was filled) is saved again with them: it holds what the
     * user sees; the stored details (E.164) do not depend on the country.
     */
    private void phoneCountryChanged(String before) {
        boolean changed = form.phoneCountryChanged(before);
        if (changed && (workspace.draft().isPresent() || form.editedSinceLoad())) {
            draftChanged(form.snapshot());
        }
    }

    /** The country numbers typed without {@code +} are read in (ISO 3166, empty for none). */
    public ReadOnlyStringProperty phoneCountryProperty() {
        return workspace.phoneCountryProperty();
    }

    /** Reads numbers typed without {@code +} in {@code region} at once, and keeps the choice for the next start. */
    public void choosePhoneCountry(String region) {
        commands.choosePhoneCountry(region, failure -> {
            LOG.error("The phone country could not be saved", failure);
            submitError.set(messages.get("error.storage", FailureText.of(messages, failure)));
        });
    }

    /**
     * Fills the form: the saved draft if there is one, else the stored details, with no status
     * line and no problem left from before: no error shows until the user changes and leaves a
     * field or submits. When details were stored before (the gate came back because the rules
     * changed), what is missing is shown at once. A draft equal to the stored details counts
     * as none.
     */
    public void open() {
        // What was said of the account shown before ("Draft saved at …") is not said of this one,
        // nor are the errors it showed (a new account's form opens clean).
        submitError.set("");
        form.concealAll();
        form.load(workspace.draft().orElse(workspace.storedProperty().get()));
        boolean unchanged = form.shows(workspace.storedProperty().get());
        unsaved.set(workspace.draft().isPresent() && !unchanged);
        draftStatus.set(workspace.draftSavedAt().filter(at -> !unchanged)
                .map(at -> messages.get("gate.draft.saved", LocalTime.ofInstant(at, ZoneId.systemDefault()).format(CLOCK)))
                .orElse(""));
        if (workspace.submittedAtProperty().get() != null) {
            form.revealAll();
        }
        if (workspace.draft().isPresent() && unchanged) {
            commands.dropDraft(() -> { }, failure -> LOG.error("The draft could not be removed", failure));
        }
    }

    public ContactFormViewModel form() {
        return form;
    }

    /** The editor's window is gone: the form stops following the account's users. A pending draft is kept for {@link #flushDraft}. */
    public void dispose() {
        workspace.phoneCountryProperty().removeListener(phoneCountryListener);
        form.dispose();
    }

    private void draftChanged(ContactDetails draft) {
        if (form.shows(workspace.storedProperty().get())) {
            // Typed back to the stored details: no draft, and none is kept in the file either.
            unsaved.set(false);
            draftStatus.set("");
            debouncer.call(() -> commands.dropDraft(() -> { }, failure -> {
                LOG.error("The draft could not be removed", failure);
                draftStatus.set(messages.get("gate.draft.failed", FailureText.of(messages, failure)));
            }));
            return;
        }
        unsaved.set(true);
        draftStatus.set(messages.get("gate.draft.pending"));
        debouncer.call(() -> commands.saveDraft(draft,
                () -> draftStatus.set(messages.get("gate.draft.saved", LocalTime.now().format(CLOCK))),
                failure -> {
                    LOG.error("The draft could not be saved", failure);
                    draftStatus.set(messages.get("gate.draft.failed", FailureText.of(messages, failure)));
                }));
    }

    /** Saves a pending draft now and runs {@code then} once it is on disk. */
    public void flushDraft(Runnable then) {
        debouncer.flush();
        commands.afterPendingWrites(then);
    }

    /**
     * Validates everything; when valid, stores it and runs {@code onSubmitted}. Returns false
     * when something is missing or invalid (then every problem is shown). Details the same as
     * those submitted before are not stored again: the status says there was nothing to save,
     * and {@code onSubmitted} runs all the same.
     */
    public boolean submit(Runnable onSubmitted) {
        form.revealAll();
        submitError.set("");
        if (!form.resultProperty().get().isComplete()) {
            return false;
        }
        debouncer.flush();
        submitting.set(true);
        commands.submit(form.snapshot(), () -> {
            submitting.set(false);
            unsaved.set(false);
            draftStatus.set(messages.get("editor.saved", LocalTime.now().format(CLOCK)));
            onSubmitted.run();
        }, () -> {
            submitting.set(false);
            unsaved.set(false);
            draftStatus.set(messages.get("editor.unchanged"));
            onSubmitted.run();
        }, failure -> {
            submitting.set(false);
            LOG.error("Submitting the contact details failed", failure);
            submitError.set(messages.get("error.storage", FailureText.of(messages, failure)));
        });
        return true;
    }

    /**
     * True while the form holds changes that were not submitted (a draft, saved or about to
     * be): the status line says so, and "Discard changes" is offered.
     */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /**
     * "Discard changes": after a confirmation whose default answer keeps them (Enter and Escape
     * keep), drops the draft and shows the stored details again. Nothing stored changes but the
     * draft; no history is written.
     *
     * @param owner the window the question belongs to
     */
    public void discardChanges(Window owner) {
        if (!unsaved.get() || submitting.get()) {
            return;
        }
        Choice discard = Choice.of(messages.get("editor.discard.confirm"), "confirmDiscardButton");
        Choice keep = Choice.safe(messages.get("editor.discard.cancel"), "keepChangesButton");
        dialogs.ask(owner, new Dialogs.Question(messages.get("editor.discard.title"),
                        messages.get("editor.discard.header"), messages.get("editor.discard.content"),
                        List.of(discard, keep)))
                .filter(discard::equals)
                .ifPresent(c -> {
                    // A draft not yet queued would come back after the discard.
                    debouncer.cancel();
                    commands.discardDraft(() -> {
                        open();
                        draftStatus.set(messages.get("editor.discarded"));
                    }, failure -> {
                        LOG.error("The draft could not be discarded", failure);
                        submitError.set(messages.get("error.storage", FailureText.of(messages, failure)));
                    });
                });
    }

    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting;
    }

    public ReadOnlyStringProperty draftStatusProperty() {
        return draftStatus;
    }

    /** Shows why something done from this editor's window failed (going back to another account), where a failed submit shows. */
    public void showProblem(String text) {
        submitError.set(text);
    }

    /** Why the last submit could not be stored (or another action of the window failed), or empty. */
    public ReadOnlyStringProperty submitErrorProperty() {
        return submitError;
    }
}
