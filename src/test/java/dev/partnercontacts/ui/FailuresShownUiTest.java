package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Backups;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.nio.file.Files;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Failures the user must know about are shown in the window where they happened, not only logged. */
class FailuresShownUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @BeforeEach
    void setUp() {
        app = apps.driver("failures.db").withCompleteAccount();
    }

    @Test
    void aBackupThatCannotBeMadeAfterSavingIsShownInTheMainWindow() throws Exception {
        // Where the backups folder should be, a file: no backup can be written.
        Files.writeString(Backups.of(app.db()).folder(), "not a folder");
        app.launch("--locale=en");
        app.robot().clickOn(app.robot().from(app.mainRoot()).lookup("Configuration").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = app.robot().from(app.mainRoot()).lookup("#accountName").queryAs(TextField.class);
        app.robot().clickOn(name).push(KeyCode.END).write(" Ltd").push(KeyCode.TAB);

        app.robot().clickOn(app.robot().from(app.mainRoot()).lookup("#saveContactsButton").queryAs(Node.class));

        Label notice = app.robot().from(app.mainRoot()).lookup("#mainNotice").queryAs(Label.class);
        AppDriver.waitUntil(notice::isVisible);
        assertThat(notice.getText()).startsWith("Your change is saved, but the backup that follows it could not be made");
        String stored = app.readStore(r -> r.loadStored(r.currentAccountId()).settings().name());
        assertThat(stored).isEqualTo("Acme Tours Ltd");
    }

    @Test
    void goingBackToAnAccountThatCannotBeOpenedSaysSoInTheGate() throws Exception {
        app.launch("--locale=en");
        app.robot().clickOn(app.robot().from(app.mainRoot()).lookup("#newAccountButton").queryAs(Node.class));
        AppDriver.waitUntil(() -> app.gate().flatMap(g -> app.robot().from(g).lookup("#accountName").tryQuery()).isPresent());
        // Meanwhile the account to go back to disappears (another window on a copy, a restore…).
        try (Database db = Database.open(app.db())) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
            long acme = store.accounts().stream().filter(a -> a.name().equals("Acme Tours")).findFirst().orElseThrow().id();
            store.removeAccount(acme, "test");
        }

        Stage gate = (Stage) app.gateRoot().getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> gate.fireEvent(new WindowEvent(gate, WindowEvent.WINDOW_CLOSE_REQUEST)));
        AppDriver.waitUntil(() -> app.robot().lookup("#goBackButton").tryQuery().isPresent());
        app.robot().clickOn(app.robot().lookup("#goBackButton").queryAs(Button.class));

        AppDriver.waitUntil(() -> app.robot().from(app.gateRoot()).lookup("Could not change accounts: no account 1")
                .tryQuery().isPresent() || app.robot().from(app.gateRoot()).lookup(".gate-error-line")
                .match((Label l) -> l.getText().startsWith("Could not change accounts")).tryQuery().isPresent());
        assertThat(app.gate()).as("the gate stays, with the draft").isPresent();
    }
}
