package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, the menu bar ({@code mainMenu}): each shortcut does what its button does, pressed as
 * a user presses it (Ctrl is the shortcut key on Linux). Ctrl+Q that quits the application is
 * {@link QuitFromMenuUiTest} (quitting ends the JavaFX runtime of its JVM).
 */
class MainMenuUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) app.inMain("mainMenu");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private void shortcut(KeyCode key) {
        app.robot().push(KeyCode.CONTROL, key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Instant submittedAt() {
        return app.readStore(r -> r.submittedAt(r.currentAccountId())).orElseThrow();
    }

    @Test
    void ctrlSSavesTheChangedFormAsSaveChangesDoes() throws Exception {
        app = apps.driver("save.db").withCompleteAccount();
        app.launch("--locale=en");
        app.openTab("configurationTab");
        TextInputControl partnerId = (TextInputControl) app.inMain("partnerId");
        app.robot().clickOn(partnerId).eraseText(partnerId.getText().length()).write("5150");

        shortcut(KeyCode.S);
        AppDriver.waitUntil(() -> "5150".equals(app.readStore(r -> r.loadStored(r.currentAccountId()).settings().partnerId())));
        Instant saved = submittedAt();
        AppDriver.waitUntil(() -> !((Label) app.inMain("configStatus")).getText().isEmpty());
        AppDriver.waitUntil(() -> !((Label) app.inMain("configStatus")).getText().startsWith("Nothing"));

        shortcut(KeyCode.S);
        AppDriver.waitUntil(() -> "Nothing to save: no changes.".equals(((Label) app.inMain("configStatus")).getText()));
        assertThat(submittedAt()).as("nothing changed: Last submitted stays").isEqualTo(saved);
    }

    @Test
    void saveIsDisabledWhereNothingCanBeSavedAndFindWhereNothingCanBeSearched() throws Exception {
        app = apps.driver("disabled.db").withCompleteAccount();
        app.launch("--locale=en");
        app.openTab("homeTab");
        app.robot().interact(() -> ((MenuBar) app.inMain("mainMenu")).getMenus().get(0).show());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menuItem("menuSave").isDisable()).as("Save on Home").isTrue();
        assertThat(menuItem("menuFind").isDisable()).as("Find on Home").isTrue();
        app.robot().push(KeyCode.ESCAPE);

        app.openTab("configurationTab");
        assertThat(menuItem("menuSave").isDisable()).as("Save on the contact form").isFalse();
        app.openTab("activityTab");
        assertThat(menuItem("menuFind").isDisable()).as("Find on Activity").isFalse();
    }

    @Test
    void ctrlFGoesToTheSearchFieldOfTheAccountsAndActivityPages() throws Exception {
        app = apps.driver("find.db").withCompleteAccount();
        app.launch("--locale=en");
        app.openTab("accountsTab");
        app.robot().clickOn(app.inMain("accountsTable"));
        shortcut(KeyCode.F);
        AppDriver.waitUntil(() -> app.inMain("accountsSearch").isFocused());

        app.openTab("activityTab");
        AppDriver.waitUntil(() -> app.robot().from(app.mainRoot()).lookup("#activitySearch").tryQuery().isPresent());
        app.robot().interact(() -> app.mainTabs().requestFocus());
        assertThat(app.inMain("activitySearch").isFocused()).isFalse();
        shortcut(KeyCode.F);
        AppDriver.waitUntil(() -> app.inMain("activitySearch").isFocused());
    }

    @Test
    void ctrlNOpensTheGateOfANewAccount() throws Exception {
        app = apps.driver("new.db").withCompleteAccount();
        app.launch("--locale=en");
        int before = app.readStore(r -> r.accounts().size());

        shortcut(KeyCode.N);
        AppDriver.waitUntil(() -> app.gate().isPresent());
        int after = app.readStore(r -> r.accounts().size());
        assertThat(after).isEqualTo(before + 1);
        assertThat(app.text("accountName")).isEmpty();
    }

    @Test
    void ctrlQInTheGateAsksBeforeQuitting() throws Exception {
        app = apps.driver("gateq.db");
        app.launch("--locale=en");
        AppDriver.waitUntil(() -> app.gate().isPresent());
        app.robot().clickOn(app.inGate("accountName"));

        app.robot().push(KeyCode.CONTROL, KeyCode.Q);
        AppDriver.waitUntil(() -> app.robot().lookup("#confirmQuitButton").tryQuery().isPresent());
        app.robot().clickOn(app.robot().lookup("#cancelQuitButton").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.gate()).as("Keep editing leaves the gate open").isPresent();
    }
}
