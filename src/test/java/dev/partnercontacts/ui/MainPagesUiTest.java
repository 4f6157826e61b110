package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The pages behind the unlocked tabs show the stored account, and Settings keeps the language. */
class MainPagesUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @BeforeEach
    void setUp() {
        app = apps.driver("pages.db").withCompleteAccount();
    }

    private Node inMain(String query) {
        return app.robot().from(app.mainRoot()).lookup(query).query();
    }

    private void openTab(String text) {
        app.robot().clickOn(inMain(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void homeSyncAndActivityShowTheStoredAccount() throws Exception {
        app.launch("--locale=en");
        assertThat(app.gate()).isEmpty();

        assertThat(((Label) inMain("#homeAccount")).getText()).isEqualTo("Acme Tours");
        assertThat(((Label) inMain("#home-techEmergency-state")).getText()).isEqualTo("complete (1)");
        assertThat(app.robot().from(inMain("#home-techEmergency")).lookup("oncall@acme.example").tryQuery()).isPresent();
        assertThat(((Label) inMain("#home-alert-state")).getText()).isEqualTo("not required");
        assertThat(((Label) inMain("#homeCoverageCaption")).getText()).startsWith("Open 168 hours a week");
        assertThat(inMain("#reconfirmBanner").isVisible()).as("just submitted").isFalse();

        app.robot().clickOn(inMain("#home-opsForGoogle-edit"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.mainTabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("configurationTab");
        assertThat(app.mainRoot().getScene().getFocusOwner().getId()).isEqualTo("opsForGoogle-email-0");
        openTab("Home");

        openTab("Sync");
        assertThat(((Label) inMain("#syncDataFile")).getText()).isEqualTo(app.db().toAbsolutePath().toString());
        assertThat(((Label) inMain("#syncLastSubmit")).getText()).startsWith("Contact details last submitted on");

        openTab("Activity");
        TableView<?> activity = (TableView<?>) inMain("#activityTable");
        AppDriver.waitUntil(() -> !activity.getItems().isEmpty());
        assertThat(app.robot().from(activity).lookup("added \u2068Ada\u2069 (ada@acme.example) as Administrator").tryQuery()).isPresent();
        assertThat(app.robot().from(activity).lookup("Account name set to \u2068Acme Tours\u2069").tryQuery()).isPresent();
        assertThat(app.robot().from(activity).lookup("setup").tryQuery()).isPresent();
    }

    @Test
    void theLanguageChosenInSettingsAppliesAtOnceKeepsWhatWasTypedAndStays() throws Exception {
        app.launch("--locale=en");
        openTab("Configuration");
        TextInputControl name = (TextInputControl) inMain("#accountName");
        app.robot().clickOn(name).eraseText(name.getText().length()).write("Acme Typed");
        openTab("Settings");
        ComboBox<?> language = (ComboBox<?>) inMain("#languageChoice");
        app.robot().clickOn(language);
        WaitForAsyncUtils.waitForFxEvents();
        app.robot().clickOn(app.robot().lookup(".list-cell")
                .match((ListCell<?> c) -> "Italiano".equals(c.getText())).queryAs(ListCell.class));

        AppDriver.waitUntil(() -> app.robot().from(app.mainRoot()).lookup("Configurazione").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.mainTabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("configurationTab");
        assertThat(((TextInputControl) inMain("#accountName")).getText()).as("typed before the switch").isEqualTo("Acme Typed");
        try (Database db = Database.open(app.db())) {
            assertThat(new dev.partnercontacts.storage.SettingsRepository(db)
                    .get(dev.partnercontacts.storage.SettingsRepository.LOCALE)).contains("it");
        }

        app.close();
        app.launch();
        assertThat(app.robot().from(app.mainRoot()).lookup("Configurazione").tryQuery()).isPresent();
        assertThat(((Label) inMain("#homeSettings")).getText()).startsWith("Cose da fare · Sandbox");
    }

    /** Issue 15: the account key shown, selectable and copyable, and the contact sheet copied as text. */
    @Test
    void homeShowsTheAccountKeyAndCopiesItAndTheContactSheet() throws Exception {
        app.launch("--locale=en");
        String key = app.readStore(r -> r.accounts().stream().filter(a -> a.id() == r.currentAccountId())
                .findFirst().orElseThrow().key());
        AppDriver.waitUntil(() -> app.robot().from(app.mainRoot()).lookup("#accountKey").tryQuery().isPresent());
        TextField shown = app.robot().from(app.mainRoot()).lookup("#accountKey").queryAs(TextField.class);
        assertThat(shown.getText()).isEqualTo(key);
        assertThat(shown.isEditable()).isFalse();

        app.robot().clickOn(app.robot().from(app.mainRoot()).lookup("#copyAccountKeyButton").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get()).isEqualTo(key);

        app.robot().clickOn(app.robot().from(app.mainRoot()).lookup("#copySheetButton").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        String sheet = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(sheet).startsWith("Acme Tours — contact details\n").contains("Account key: " + key);
        Label status = app.robot().from(app.mainRoot()).lookup("#sheetStatus").queryAs(Label.class);
        assertThat(status.getText()).startsWith("Contact sheet copied");
    }
}
