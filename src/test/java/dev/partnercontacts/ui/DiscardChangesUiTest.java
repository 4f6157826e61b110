package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15: nothing showed that an account held an unsaved draft, and there was no "Discard
 * changes". On the Contact information page, through the ui-contract ids.
 */
class DiscardChangesUiTest {

    private static final String UNSAVED = "Unsaved changes — draft saved at";

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    private Node inMain(String id) {
        return app.robot().from(app.mainRoot()).lookup("#" + id).query();
    }

    private String status() {
        return ((Label) inMain("configStatus")).getText();
    }

    private Button discard() {
        return (Button) inMain("discardChangesButton");
    }

    private String switcherText() {
        return ((javafx.scene.control.ComboBox<?>) inMain("accountSwitcher")).getButtonCell().getText();
    }

    private TextInputControl partnerId() {
        return (TextInputControl) inMain("partnerId");
    }

    private void openContactPage() {
        TabPane tabs = app.mainTabs();
        Tab tab = tabs.getTabs().stream().filter(t -> "configurationTab".equals(t.getId())).findFirst().orElseThrow();
        app.robot().interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void edit(String text) throws Exception {
        app.robot().clickOn(partnerId()).write(text);
        AppDriver.waitUntil(() -> status().startsWith(UNSAVED));
    }

    @Test
    void theDraftIsShownInTheStatusLineAndTheSwitcherUntilSaved() throws Exception {
        app = apps.driver("save.db").withCompleteAccount();
        app.launch("--locale=en");
        openContactPage();
        assertThat(discard().isDisabled()).as("nothing to discard").isTrue();
        assertThat(status()).isEmpty();

        assertThat(switcherText()).isEqualTo("Acme Tours");
        edit("9");
        assertThat(discard().isDisabled()).isFalse();
        AppDriver.waitUntil(() -> "Acme Tours · unsaved draft".equals(switcherText()));

        app.robot().clickOn(inMain("saveContactsButton"));
        AppDriver.waitUntil(() -> status().startsWith("Saved at"));
        assertThat(discard().isDisabled()).isTrue();
        AppDriver.waitUntil(() -> "Acme Tours".equals(switcherText()));
        assertThat(app.storedDraft()).isEmpty();
    }

    @Test
    void aDraftTypedBackToTheStoredDetailsIsNoDraft() throws Exception {
        app = apps.driver("same.db").withCompleteAccount();
        app.launch("--locale=en");
        openContactPage();
        edit("9");
        AppDriver.waitUntil(() -> app.storedDraft().isPresent());

        app.robot().push(KeyCode.BACK_SPACE);
        AppDriver.waitUntil(() -> discard().isDisabled());
        AppDriver.waitUntil(() -> "Acme Tours".equals(switcherText()));
        assertThat(status()).doesNotStartWith(UNSAVED);
        AppDriver.waitUntil(() -> app.storedDraft().isEmpty());

        // After a restart, nothing says there was a draft.
        app.close();
        app = apps.driver("same.db");
        app.launch("--locale=en");
        openContactPage();
        assertThat(discard().isDisabled()).isTrue();
        assertThat(status()).isEmpty();
    }

    @Test
    void discardAsksKeepsOnEnterThenPutsTheStoredValuesBackAcrossARestart() throws Exception {
        app = apps.driver("discard.db").withCompleteAccount();
        app.launch("--locale=en");
        openContactPage();
        String stored = partnerId().getText();
        edit("77");
        AppDriver.waitUntil(() -> app.storedDraft().isPresent());

        app.robot().clickOn(discard());
        AppDriver.waitUntil(() -> app.robot().lookup("#keepChangesButton").tryQuery().isPresent());
        app.robot().push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.robot().lookup("#keepChangesButton").tryQuery().isEmpty());
        assertThat(partnerId().getText()).as("Enter keeps the changes").isEqualTo(stored + "77");
        assertThat(app.storedDraft()).isPresent();

        app.robot().clickOn(discard());
        AppDriver.waitUntil(() -> app.robot().lookup("#confirmDiscardButton").tryQuery().isPresent());
        app.robot().clickOn(app.robot().lookup("#confirmDiscardButton").queryAs(Button.class));
        AppDriver.waitUntil(() -> stored.equals(partnerId().getText()));
        AppDriver.waitUntil(() -> status().startsWith("Changes discarded"));
        assertThat(discard().isDisabled()).isTrue();
        assertThat(app.storedDraft()).isEmpty();
        AppDriver.waitUntil(() -> "Acme Tours".equals(switcherText()));

        app.close();
        app = apps.driver("discard.db");
        app.launch("--locale=en");
        openContactPage();
        assertThat(partnerId().getText()).isEqualTo(stored);
        assertThat(status()).isEmpty();
        assertThat(discard().isDisabled()).isTrue();
    }
}
