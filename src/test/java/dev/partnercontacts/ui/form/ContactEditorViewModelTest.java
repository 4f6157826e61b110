package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.ui.common.Dialogs;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.task.Debouncer;
import dev.partnercontacts.ui.common.SessionFixture;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts and submit against a real SQLite file, with background work run in place. */
class ContactEditorViewModelTest {

    @TempDir
    Path dir;

    private SessionFixture fx;
    private ContactEditorViewModel editor;
    /** The questions asked, and the id of the answer the scripted user gives (null: closes the dialog). */
    private final List<Dialogs.Question> asked = new ArrayList<>();
    private String answer;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(dir.resolve("t.db"));
        ContactFormViewModel form = new ContactFormViewModel(fx.workspace.gate(), fx.messages, fx.workspace.users(), "UTC");
        editor = new ContactEditorViewModel(fx.commands, form, fx.messages, Debouncer.immediate(), (owner, q) -> {
            asked.add(q);
            return q.choices().stream().filter(c -> c.id().equals(answer)).findFirst();
        });
        editor.open();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private void fillSandboxDetails() {
        ContactFormViewModel f = editor.form();
        f.accountNameProperty().set("Acme");
        f.contacts(Role.TECH_EMERGENCY).get(0).emailProperty().set("a@acme.example");
        f.contacts(Role.TECH_EMERGENCY).get(0).phoneProperty().set("(650) 253-0000");
        f.contacts(Role.TECH_NON_EMERGENCY).get(0).emailProperty().set("b@acme.example");
        f.contacts(Role.OPS_FOR_GOOGLE).get(0).emailProperty().set("c@acme.example");
        f.contacts(Role.OPS_FOR_USERS).get(0).emailProperty().set(" d@acme.example ");
        f.support247Property().set(true);
    }

    @Test
    void everyEditIsSavedAsADraft() {
        editor.form().accountNameProperty().set("Half");
        long id = fx.store.currentAccountId();
        assertThat(fx.store.loadDraft(id)).hasValueSatisfying(d -> assertThat(d.settings().name()).isEqualTo("Half"));
        assertThat(editor.draftStatusProperty().get()).startsWith("Unsaved changes — draft saved at");
    }

    @Test
    void aDraftTypedBackToTheStoredDetailsIsNoDraftAndLeavesNoneInTheFile() {
        long id = fx.store.currentAccountId();
        editor.form().accountNameProperty().set("Hal");
        assertThat(editor.unsavedProperty().get()).isTrue();
        assertThat(fx.store.loadDraft(id)).isPresent();

        editor.form().accountNameProperty().set("");
        assertThat(editor.unsavedProperty().get()).as("the same as stored: nothing unsaved").isFalse();
        assertThat(editor.draftStatusProperty().get()).isEmpty();
        assertThat(fx.store.loadDraft(id)).isEmpty();
        assertThat(fx.workspace.draft()).isEmpty();
    }

    @Test
    void anIncompleteSubmitStoresNothing() {
        editor.form().accountNameProperty().set("Acme");
        boolean accepted = editor.submit(() -> { });

        assertThat(accepted).isFalse();
        assertThat(fx.store.submittedAt(fx.store.currentAccountId())).isEmpty();
        assertThat(fx.workspace.locked().get()).isTrue();
        assertThat(editor.form().summary()).isNotEmpty();
    }

    @Test
    void aCompleteSubmitStoresNormalisedDetailsDropsTheDraftAndUnlocks() {
        fillSandboxDetails();
        boolean[] done = {false};

        assertThat(editor.submit(() -> done[0] = true)).isTrue();

        long id = fx.store.currentAccountId();
        assertThat(done[0]).isTrue();
        assertThat(fx.workspace.locked().get()).isFalse();
        assertThat(fx.store.loadDraft(id)).isEmpty();
        ContactDetails stored = fx.store.loadStored(id);
        assertThat(stored.contacts(Role.TECH_EMERGENCY).get(0).phone()).isEqualTo("+16502530000");
        assertThat(stored.contacts(Role.OPS_FOR_USERS).get(0).email()).isEqualTo("d@acme.example");
        assertThat(fx.workspace.recentChanges()).extracting(e -> e.author()).contains("Tess Tester <tess@example.com>");
        assertThat(editor.draftStatusProperty().get()).startsWith("Saved at");
    }

    @Test
    void switchingToProductionAfterASubmitLocksAgainOnlyForAlerts() {
        fillSandboxDetails();
        editor.submit(() -> { });
        ContactDetails stored = fx.store.loadStored(fx.store.currentAccountId());

        var result = fx.workspace.gate().evaluate(stored.withSettings(new AccountSettings("Acme", "",
                Integration.THINGS_TO_DO, Environment.PRODUCTION)), fx.workspace.users());

        assertThat(result.isComplete()).isFalse();
        assertThat(result.problems()).extracting(Fixtures::fieldId).containsExactly("alertContacts");
        assertThat(ZoneId.of("UTC")).isNotNull();
    }

    private int historySize(long id) {
        return fx.store.history(HistoryQuery.latest(id, 1000)).size();
    }

    @Test
    void unsavedChangesShowFromTheFirstEditUntilTheyAreSubmitted() {
        assertThat(editor.unsavedProperty().get()).isFalse();
        fillSandboxDetails();
        assertThat(editor.unsavedProperty().get()).isTrue();

        editor.submit(() -> { });

        assertThat(editor.unsavedProperty().get()).isFalse();
        editor.open();
        assertThat(editor.unsavedProperty().get()).isFalse();
        assertThat(editor.draftStatusProperty().get()).isEmpty();
    }

    @Test
    void discardingAsksFirstKeepsByDefaultAndThenPutsTheStoredDetailsBack() {
        fillSandboxDetails();
        editor.submit(() -> { });
        long id = fx.store.currentAccountId();
        ContactDetails stored = fx.store.loadStored(id);
        int history = historySize(id);
        editor.form().accountNameProperty().set("Acme Renamed");
        editor.form().contacts(Role.OPS_FOR_GOOGLE).get(0).emailProperty().set("x@acme.example");
        assertThat(fx.store.loadDraft(id)).isPresent();
        assertThat(editor.draftStatusProperty().get()).startsWith("Unsaved changes — draft saved at");

        answer = null;
        editor.discardChanges(null);
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).choices()).filteredOn(Dialogs.Choice::isDefault).extracting(Dialogs.Choice::id)
                .as("Enter keeps the changes").containsExactly("keepChangesButton");
        assertThat(asked.get(0).choices()).filteredOn(Dialogs.Choice::isCancel).extracting(Dialogs.Choice::id)
                .as("Escape keeps the changes").containsExactly("keepChangesButton");
        assertThat(fx.store.loadDraft(id)).as("closed without an answer").isPresent();

        answer = "confirmDiscardButton";
        editor.discardChanges(null);

        assertThat(fx.store.loadDraft(id)).isEmpty();
        assertThat(fx.store.loadStored(id)).isEqualTo(stored);
        assertThat(historySize(id)).as("no history for a discarded draft").isEqualTo(history);
        assertThat(editor.form().accountNameProperty().get()).isEqualTo("Acme");
        assertThat(editor.form().contacts(Role.OPS_FOR_GOOGLE).get(0).emailProperty().get()).isEqualTo("c@acme.example");
        assertThat(editor.unsavedProperty().get()).isFalse();
        assertThat(editor.draftStatusProperty().get()).startsWith("Changes discarded");

        asked.clear();
        editor.discardChanges(null);
        assertThat(asked).as("nothing to discard, nothing asked").isEmpty();
    }

    @Test
    void aDraftFoundWhenTheFormOpensIsShownAsUnsavedWithItsTime() {
        editor.form().accountNameProperty().set("Half");
        ContactFormViewModel form = new ContactFormViewModel(fx.workspace.gate(), fx.messages, fx.workspace.users(), "UTC");
        ContactEditorViewModel again = new ContactEditorViewModel(fx.commands, form, fx.messages, Debouncer.immediate(),
                (owner, q) -> java.util.Optional.empty());

        again.open();

        assertThat(again.unsavedProperty().get()).isTrue();
        assertThat(again.draftStatusProperty().get()).matches("Unsaved changes — draft saved at \\d\\d:\\d\\d:\\d\\d");
        again.dispose();
    }
}
