package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Role;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Several partner accounts in one file, driven through the main window's switcher and the gate. */
class AccountsUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @BeforeEach
    void setUp() {
        app = apps.driver("accounts.db").withCompleteAccount();
    }

    private ComboBox<AccountSummary> switcher() {
        return app.robot().from(app.mainRoot()).lookup("#accountSwitcher").query();
    }

    private String shownAccount() {
        return switcher().getButtonCell().getText();
    }

    private void clickInMain(String id) {
        app.robot().clickOn(app.robot().from(app.mainRoot()).lookup("#" + id).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseAccount(String label) throws Exception {
        app.robot().clickOn(switcher());
        WaitForAsyncUtils.waitForFxEvents();
        app.robot().clickOn(app.robot().lookup(".list-cell")
                .match((ListCell<?> c) -> label.equals(c.getText())).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeGate() throws Exception {
        Stage gate = (Stage) app.gateRoot().getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> gate.fireEvent(new WindowEvent(gate, WindowEvent.WINDOW_CLOSE_REQUEST)));
        AppDriver.waitUntil(() -> app.robot().lookup("#goBackButton").tryQuery().isPresent());
    }

    private void answer(String buttonId) throws Exception {
        app.robot().clickOn(app.robot().lookup("#" + buttonId).queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the gate to show with its form laid out (its fields exist once the skins do), or to go. */
    private void waitForGate(boolean shown) throws Exception {
        AppDriver.waitUntil(() -> shown
                ? app.gate().flatMap(g -> app.robot().from(g).lookup("#accountName").tryQuery()).isPresent()
                : app.gate().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSecondAccountsHalfTypedDraftSurvivesLeavingSwitchingAndARestart() throws Exception {
        app.launch("--locale=en");
        assertThat(app.gate()).isEmpty();
        assertThat(shownAccount()).isEqualTo("Acme Tours");

        clickInMain("newAccountButton");
        waitForGate(true);
        assertThat(app.text("accountName")).as("a new account starts blank").isEmpty();
        assertThat(app.mainTabs().getTabs()).allMatch(Tab::isDisabled);
        app.type("accountName", "Globex");
        app.type("techEmergency-email-0", "oncall@globex.example");

        closeGate();
        answer("goBackButton");
        waitForGate(false);
        AppDriver.waitUntil(() -> "Acme Tours".equals(shownAccount()));
        assertThat(app.mainTabs().getTabs()).noneMatch(Tab::isDisabled);

        chooseAccount("Globex (incomplete) · unsaved draft");
        waitForGate(true);
        assertThat(app.text("accountName")).isEqualTo("Globex");
        assertThat(app.text("techEmergency-email-0")).isEqualTo("oncall@globex.example");
        // Typed and left at once: the switch itself must write it.
        TextField name = app.inGate("techEmergency-name-0", TextField.class);
        app.reveal(name);
        app.robot().clickOn(name).write("Pager");
        closeGate();
        answer("goBackButton");
        waitForGate(false);

        chooseAccount("Globex (incomplete) · unsaved draft");
        waitForGate(true);
        assertThat(app.text("techEmergency-name-0")).isEqualTo("Pager");
        assertThat(app.text("accountName")).isEqualTo("Globex");

        app.close();
        app.launch("--locale=en");
        waitForGate(true);
        assertThat(app.text("accountName")).as("the account used last opens").isEqualTo("Globex");
        assertThat(switcher().getItems()).extracting(AccountSummary::name).containsExactlyInAnyOrder("Acme Tours", "");
        closeGate();
        answer("goBackButton");
        waitForGate(false);
        AppDriver.waitUntil(() -> "Acme Tours".equals(shownAccount()));
        ContactDetails acme = app.readStore(r -> r.loadStored(r.currentAccountId()));
        assertThat(acme.settings().name()).as("the other account is untouched").isEqualTo("Acme Tours");
        assertThat(acme.contacts(Role.TECH_EMERGENCY)).extracting(c -> c.email()).containsExactly("oncall@acme.example");
    }

    @Test
    void anAccountIsRemovedAfterAQuestionNamingItAndABackup() throws Exception {
        app.withAnotherCompleteAccount("Globex", "", true);
        app.launch("--locale=en");
        assertThat(shownAccount()).isEqualTo("Globex");
        app.awaitStartupBackup();
        long backupsBefore = app.backupCount();

        clickInMain("removeAccountButton");
        AppDriver.waitUntil(() -> app.robot().lookup("#confirmRemoveAccountButton").tryQuery().isPresent());
        assertThat(app.robot().lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Remove the account \"Globex\"?");
        // Issue 15: Remove was the default button, and Enter deleted the account.
        assertThat(app.robot().lookup("#confirmRemoveAccountButton").queryAs(Button.class).isDefaultButton()).isFalse();
        assertThat(app.robot().lookup("#cancelRemoveAccountButton").queryAs(Button.class).isDefaultButton()).isTrue();
        answer("confirmRemoveAccountButton");

        AppDriver.waitUntil(() -> switcher().getItems().size() == 1);
        assertThat(shownAccount()).isEqualTo("Acme Tours");
        assertThat(app.robot().from(app.mainRoot()).lookup("#removeAccountButton").queryAs(Button.class).isDisabled())
                .as("the last account stays").isTrue();
        assertThat(app.backupCount()).as("a backup was made before the removal").isGreaterThan(backupsBefore);
        List<String> names = app.readStore(r -> r.accounts().stream().map(AccountSummary::name).toList());
        assertThat(names).containsExactly("Acme Tours");
    }

    @Test
    void aNewAccountCanBeDiscardedFromItsGate() throws Exception {
        app.launch("--locale=en");
        clickInMain("newAccountButton");
        waitForGate(true);

        closeGate();
        answer("removeThisAccountButton");
        AppDriver.waitUntil(() -> app.robot().lookup("#confirmRemoveAccountButton").tryQuery().isPresent());
        answer("confirmRemoveAccountButton");

        waitForGate(false);
        AppDriver.waitUntil(() -> switcher().getItems().size() == 1);
        assertThat(shownAccount()).isEqualTo("Acme Tours");
    }
}
