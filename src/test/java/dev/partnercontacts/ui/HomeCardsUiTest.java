package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Home's role cards (issue 15): an address is never broken mid-word, at the smallest and the
 * largest window, in both languages; and only a role that can be edited offers "Edit".
 */
class HomeCardsUiTest {

    private static final String ADDRESS = "giovanna.bartolomei-santangelo@operations.acme-tours-international.example";

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @ParameterizedTest
    @CsvSource({"en, 1024, 768", "it, 1920, 1080"})
    void aLongAddressStaysOnOneLineWithTheWholeTextInATooltip(String language, int width, int height) throws Exception {
        Path db = apps.dir().resolve("home.db");
        try (Database d = Database.open(db)) {
            SqliteAccountStore store = new SqliteAccountStore(d, new Users(new Validation("")), Clock.systemUTC());
            long id = store.currentAccountId();
            store.addUser(id, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, "setup");
            ContactDetails details = GateUiTest.completeSandboxDetails()
                    .withContacts(Role.TECH_EMERGENCY, List.of(new Contact(ADDRESS, "Giovanna Bartolomei-Santangelo", "")));
            store.submit(id, details, "setup");
        }
        app = apps.driver(db).launch("--locale=" + language);
        Stage stage = (Stage) app.mainRoot().getScene().getWindow();
        app.robot().interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        app.robot().interact(() -> app.mainTabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Parent card = app.robot().from(app.mainRoot()).lookup("#home-techEmergency").queryAs(Parent.class);

        Label address = app.robot().from(card).lookup((Label l) -> l.getText() != null && l.getText().contains(ADDRESS)).query();
        Text shown = app.robot().from(address).lookup(".text").queryAs(Text.class);
        double oneLine = address.getFont().getSize() * 1.6;
        assertThat(shown.getLayoutBounds().getHeight()).as("the address is on one line: %s", shown.getText())
                .isLessThan(oneLine);
        assertThat(address.getTooltip()).isNotNull();
        assertThat(address.getTooltip().getText()).contains(ADDRESS).contains("Giovanna Bartolomei-Santangelo");
    }

    @ParameterizedTest
    @CsvSource({"en", "it"})
    void onlyRolesThatApplyOfferEdit(String language) throws Exception {
        app = apps.driver("edit.db").withCompleteAccount().launch("--locale=" + language);
        app.robot().interact(() -> app.mainTabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = app.mainRoot();
        // The complete Sandbox account: alert contacts and merchant issues are not required there.
        assertThat(app.robot().from(root).lookup("#home-alert-edit").tryQuery()).isEmpty();
        assertThat(app.robot().from(root).lookup("#home-merchantIssues-edit").tryQuery()).isEmpty();
        for (String key : List.of("techEmergency", "techNonEmergency", "opsForGoogle", "opsForUsers", "opsSupport")) {
            assertThat(app.robot().from(root).lookup("#home-" + key + "-edit").tryQuery()).as(key).isPresent();
        }
    }
}
