package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.LogCapture;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Contact support on a computer where no mail program opens (issue 15: nothing happened but a
 * line on standard error naming the account): a dialog gives the address and subject to copy,
 * and neither the log nor standard error names the account.
 */
class SupportFallbackUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    /** {@code COMMAND}. */
    private static final String COMMAND = "partnercontacts.openCommand";

    private final PrintStream err = System.err;

    @AfterEach
    void tearDown() {
        System.clearProperty(COMMAND);
        System.setErr(err);
    }

    @ParameterizedTest
    @CsvSource({"en, Contact details help for", "it, Aiuto con i dati di contatto di"})
    void withoutAMailProgramTheAddressIsShownToCopy(String language, String subject) throws Exception {
        Path file = apps.dir().resolve("support.db");
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
            long id = store.currentAccountId();
            store.addUser(id, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, "setup");
            store.saveDraft(id, Fixtures.complete().withSettings(new AccountSettings("Canary Tours", "", null, null)));
        }
        // A command that opens nothing, as on a desktop with no mail program.
        System.setProperty(COMMAND, "false");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        AppDriver app = apps.driver(file);
        List<String> lines;
        try (LogCapture log = new LogCapture()) {
            app.launch("--locale=" + language);
            app.click("contactSupportLink");
            AppDriver.waitUntil(() -> app.robot().lookup("#supportAddress").tryQuery().isPresent());
            TextField address = app.robot().lookup("#supportAddress").queryAs(TextField.class);
            assertThat(address.getText()).isEqualTo("partner-support@example.com");
            assertThat(app.robot().lookup("#supportSubject").queryAs(TextField.class).getText())
                    .isEqualTo(subject + " Canary Tours");
            app.robot().clickOn(app.robot().lookup("#supportAddressCopyButton").queryAs(Button.class));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(AppDriver.onFxThread(() -> Clipboard.getSystemClipboard().getString()))
                    .isEqualTo("partner-support@example.com");
            Node close = app.robot().lookup(".dialog-pane .button").queryAs(Button.class);
            app.robot().clickOn(close);
            app.close();
            lines = log.lines();
        }
        assertThat(String.join("\n", lines).toLowerCase(Locale.ROOT)).doesNotContain("canary");
        assertThat(errors.toString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)).doesNotContain("canary");
    }

    /** Help → Contact support in the main window (the menu bar's item) falls back the same way. */
    @Test
    void helpContactSupportWithoutAMailProgramShowsTheAddressToo() throws Exception {
        System.setProperty(COMMAND, "false");
        AppDriver app = apps.driver("menu.db").withCompleteAccount();
        app.launch("--locale=en");
        MenuBar bar = (MenuBar) app.inMain("mainMenu");
        MenuItem contact = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menuContactSupport".equals(i.getId())).findFirst().orElseThrow();
        app.robot().interact(contact::fire);
        AppDriver.waitUntil(() -> app.robot().lookup("#supportAddress").tryQuery().isPresent());
        assertThat(app.robot().lookup("#supportAddress").queryAs(TextField.class).getText())
                .isEqualTo("partner-support@example.com");
        app.robot().clickOn(app.robot().lookup(".dialog-pane .button").queryAs(Button.class));
    }
}
