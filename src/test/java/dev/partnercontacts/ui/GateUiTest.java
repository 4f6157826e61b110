package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The contact gate, driven as a user would through the ids of the UI contract. */
class GateUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @BeforeEach
    void setUp() {
        app = apps.driver("data/contacts.db");
    }

    @Test
    void opensOnTheGateWithEveryTabDisabled() throws Exception {
        app.launch("--locale=en");

        assertThat(app.gate()).isPresent();
        assertThat(app.mainTabs().getTabs()).extracting(Tab::getId)
                .containsExactly("accountsTab", "homeTab", "configurationTab", "syncTab", "activityTab");
        assertThat(app.mainTabs().getTabs()).allMatch(Tab::isDisabled);
        assertThat(app.text("gateProgress")).isEqualTo("0 of 5 required roles complete");
        assertThat(app.inGate("gateErrors").isVisible()).isFalse();
        assertThat(app.inGate("contactSupportLink").isVisible()).isTrue();
        assertThat(app.inGate("role-merchantIssues").isVisible()).isFalse();
        assertThat(app.inGate("alertContacts").isDisabled()).isTrue();
        assertThat(app.robot().from(app.gateRoot()).lookup("#add-opsForUsers").tryQuery()).isEmpty();
        assertThat(app.robot().from(app.gateRoot()).lookup("#opsForUsers-email-0").tryQuery()).isPresent();
        assertThat(app.db()).exists();
    }

    @Test
    void errorsAppearWhenAFieldIsLeftNotBefore() throws Exception {
        app.launch("--locale=en");
        TextField email = app.inGate("techEmergency-email-0", TextField.class);
        app.reveal(email);
        app.robot().clickOn(email).write("not-an-address");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.errorShown("techEmergency-email-0")).isFalse();

        app.robot().push(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.errorShown("techEmergency-email-0")).isTrue();
        assertThat(app.text("techEmergency-email-0-error")).isEqualTo("This is not a valid e-mail address.");
        assertThat(email.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        assertThat(app.errorShown("techNonEmergency-email-0")).isFalse();
    }

    @Test
    void submitWithMissingDetailsNamesThemAndKeepsTheAppLocked() throws Exception {
        app.launch("--locale=en");
        app.type("techEmergency-phone-0", "12");

        app.click("submitButton");

        assertThat(app.gate()).isPresent();
        assertThat(app.inGate("gateErrors").isVisible()).isTrue();
        List<String> lines = ((VBox) app.inGate("gateErrors")).getChildren().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList();
        assertThat(lines).anyMatch(l -> l.contains("Account name: Enter a name."));
        assertThat(lines).anyMatch(l -> l.contains("Technical emergency contacts, Primary: Add the country code (+44 …) or choose the country."));
        assertThat(lines).as("six problems named, the seventh counted").hasSize(8)
                .last().isEqualTo("… and 1 more, shown next to their fields");
        assertThat(app.errorShown("accountName")).isTrue();
        assertThat(app.errorShown("techEmergency-email-0")).isTrue();
        app.robot().clickOn(app.robot().from(app.inGate("gateErrors"))
                .lookup((javafx.scene.control.Hyperlink h) -> h.getText().contains("country code")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.gateRoot().getScene().getFocusOwner().getId()).isEqualTo("techEmergency-phone-0");
        assertThat(app.errorShown("techEmergency-phone-0")).isTrue();
        assertThat(app.errorShown("role-opsSupport")).isTrue();
        assertThat(app.mainTabs().getTabs()).allMatch(Tab::isDisabled);
        java.util.Optional<java.time.Instant> submitted = app.readStore(r -> r.submittedAt(r.currentAccountId()));
        assertThat(submitted).isEmpty();
    }

    @Test
    void aCompleteSubmitUnlocksTheAppAndSurvivesARestart() throws Exception {
        app.launch("--locale=en");
        app.type("accountName", "Acme Tours").type("partnerId", "12345");
        app.choose("environment", "Production");
        assertThat(app.text("gateProgress")).isEqualTo("0 of 6 required roles complete");
        assertThat(app.inGate("alertContacts").isDisabled()).isFalse();

        app.selectGateTab("usersTab");
        app.type("userName", "Ada Admin").type("userEmail", "ada@acme.example");
        app.click("addUserButton");
        AppDriver.waitUntil(() -> app.inGate("usersTable", TableView.class).getItems().size() == 1);
        app.selectGateTab("contactDetailsTab");

        CheckListView<?> alerts = app.inGate("alertContacts", CheckListView.class);
        app.robot().clickOn(app.robot().from(alerts).lookup(".check-box").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(alerts.getCheckModel().getCheckedItems()).hasSize(1);

        app.type("techEmergency-email-0", "oncall@acme.example").type("techEmergency-phone-0", "+1 650-253-0000");
        app.click("add-techEmergency");
        app.type("techEmergency-email-1", "pager@acme.example").type("techEmergency-name-1", "Pager alias");
        app.click("techEmergency-up-1");
        assertThat(app.text("techEmergency-email-0")).isEqualTo("pager@acme.example");
        app.type("techNonEmergency-email-0", "dev@acme.example");
        app.type("opsForGoogle-email-0", "ops@acme.example");
        app.type("opsForUsers-email-0", "support@acme.example");
        app.click("add-opsSupport");
        assertThat(app.text("gateProgress")).as("a new window has no day yet").isEqualTo("5 of 6 required roles complete");
        for (String day : new String[] {"MON", "TUE", "WED", "THU", "FRI"}) {
            app.click("opsSupport-0-" + day);
        }
        app.type("opsSupport-end-0", "6.30pm");
        assertThat(app.text("opsSupport-end-0")).isEqualTo("18:30");

        assertThat(app.text("gateProgress")).isEqualTo("6 of 6 required roles complete");
        app.click("submitButton");

        AppDriver.waitUntil(() -> app.gate().isEmpty());
        assertThat(app.mainTabs().getTabs()).noneMatch(Tab::isDisabled);
        ContactDetails stored = app.readStore(r -> r.loadStored(r.currentAccountId()));
        assertThat(stored.settings().name()).isEqualTo("Acme Tours");
        assertThat(stored.settings().environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(stored.contacts(Role.TECH_EMERGENCY)).containsExactly(
                new Contact("pager@acme.example", "Pager alias", ""),
                new Contact("oncall@acme.example", "", "+16502530000"));
        assertThat(stored.alertUserIds()).hasSize(1);
        assertThat(stored.supportHours().windows()).singleElement()
                .satisfies(w -> assertThat(w.end()).isEqualTo("18:30"));
        assertThat(app.storedDraft()).isEmpty();

        app.close();
        app.launch("--locale=en");
        assertThat(app.gate()).isEmpty();
        assertThat(app.mainTabs().getTabs()).noneMatch(Tab::isDisabled);
    }

    @Test
    void aStoredAccountThatBecameIncompleteReopensTheGateAskingOnlyForWhatIsMissing() throws Exception {
        try (Database db = Database.open(app.db())) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
            long id = store.currentAccountId();
            store.addUser(id, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, "test");
            store.submit(id, completeSandboxDetails(), "test");
            db.transaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE account SET environment = 'PRODUCTION'")) {
                    return ps.executeUpdate();
                }
            });
        }

        app.launch("--locale=en");

        assertThat(app.gate()).isPresent();
        assertThat(app.text("gateProgress")).isEqualTo("5 of 6 required roles complete");
        List<String> lines = ((VBox) app.inGate("gateErrors")).getChildren().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t.startsWith("•")).toList();
        assertThat(lines).containsExactly("• Alert contacts: Tick at least one portal user as an alert contact.");
        assertThat(app.text("accountName")).isEqualTo("Acme Tours");
        assertThat(app.errorShown("alertContacts")).isTrue();
        assertThat(app.mainTabs().getTabs()).allMatch(Tab::isDisabled);

        CheckListView<?> alerts = app.inGate("alertContacts", CheckListView.class);
        app.robot().clickOn(app.robot().from(alerts).lookup(".check-box").queryAs(CheckBox.class));
        app.click("submitButton");
        AppDriver.waitUntil(() -> app.gate().isEmpty());
        assertThat(app.mainTabs().getTabs()).noneMatch(Tab::isDisabled);
    }

    @Test
    void anIntegrationWithMerchantIssuesMakesThemRequired() throws Exception {
        app.launch("--locale=en");
        assertThat(app.inGate("role-merchantIssues").isVisible()).isFalse();

        app.choose("integration", "Reservations");

        assertThat(app.inGate("role-merchantIssues").isVisible()).isTrue();
        assertThat(app.text("gateProgress")).isEqualTo("0 of 6 required roles complete");
        app.click("submitButton");
        assertThat(app.errorShown("merchantIssues-email-0")).isTrue();
    }

    @Test
    void theDraftIsOnDiskWhileTypingAndComesBackAfterACrash() throws Exception {
        app.launch("--locale=en");
        app.type("accountName", "Half Done Ltd").type("opsForGoogle-email-0", "ops@half.example");

        AppDriver.waitUntil(() -> app.storedDraft()
                .map(d -> d.contacts(Role.OPS_FOR_GOOGLE).size() == 1).orElse(false));

        app.close();
        app.launch("--locale=en");
        assertThat(app.text("accountName")).isEqualTo("Half Done Ltd");
        assertThat(app.text("opsForGoogle-email-0")).isEqualTo("ops@half.example");
        assertThat(app.mainTabs().getTabs()).allMatch(Tab::isDisabled);
    }

    @Test
    void removingTheOnlyAlertContactLocksTheAppAgain() throws Exception {
        try (Database db = Database.open(app.db())) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
            long id = store.currentAccountId();
            long admin = store.addUser(id, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, "test").id();
            long alert = store.addUser(id, "Bob", "bob@acme.example", UserRole.EDITOR, "test").id();
            ContactDetails details = completeSandboxDetails();
            store.submit(id, details.withSettings(new dev.partnercontacts.domain.AccountSettings(
                    "Acme Tours", "", details.settings().integration(), Environment.PRODUCTION))
                    .withAlertUserIds(List.of(alert)), "test");
            assertThat(admin).isNotEqualTo(alert);
        }
        app.launch("--locale=en");
        assertThat(app.gate()).isEmpty();

        javafx.scene.Parent main = app.mainRoot();
        app.robot().clickOn(app.robot().from(main).lookup("Configuration").queryAs(Node.class));
        app.robot().clickOn(app.robot().from(main).lookup("Account and users").queryAs(Node.class));
        TableView<?> table = app.robot().from(main).lookup("#usersTable").queryAs(TableView.class);
        app.robot().interact(() -> table.getSelectionModel().select(1));
        app.robot().clickOn(app.robot().from(main).lookup("#removeUserButton").queryAs(Button.class));

        AppDriver.waitUntil(() -> app.gate().isPresent());
        assertThat(app.mainTabs().getTabs()).allMatch(Tab::isDisabled);
        assertThat(app.text("gateProgress")).isEqualTo("5 of 6 required roles complete");
    }

    @Test
    void theFormFollowsAKeyboardOrder() throws Exception {
        app.launch("--locale=en");
        javafx.scene.Scene scene = app.gateRoot().getScene();
        AppDriver.waitUntil(() -> scene.getFocusOwner() != null && "accountName".equals(scene.getFocusOwner().getId()));

        List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            app.robot().push(javafx.scene.input.KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            order.add(scene.getFocusOwner().getId());
        }

        assertThat(order).containsExactly("partnerId", "integration", "environment", "phoneCountry",
                "techEmergency-email-0", "techEmergency-name-0", "techEmergency-phone-0", "add-techEmergency");
    }

    @Test
    void speaksItalianWhenAsked() throws Exception {
        app.launch("--locale=it");
        assertThat(((Button) app.inGate("submitButton")).getText()).isEqualTo("_Invia");
        assertThat(app.text("gateProgress")).isEqualTo("0 di 5 ruoli obbligatori completati");
        assertThat(app.inGate("gateTabs", javafx.scene.control.TabPane.class).getTabs())
                .extracting(Tab::getText).containsExactly("Dati di contatto", "Utenti");
    }

    static ContactDetails completeSandboxDetails() {
        return ContactDetails.EMPTY
                .withSettings(new dev.partnercontacts.domain.AccountSettings("Acme Tours", "42",
                        dev.partnercontacts.domain.Integration.THINGS_TO_DO, Environment.SANDBOX))
                .withContacts(Role.TECH_EMERGENCY, List.of(new Contact("oncall@acme.example", "", "")))
                .withContacts(Role.TECH_NON_EMERGENCY, List.of(new Contact("dev@acme.example", "", "")))
                .withContacts(Role.OPS_FOR_GOOGLE, List.of(new Contact("ops@acme.example", "", "")))
                .withContacts(Role.OPS_FOR_USERS, List.of(new Contact("support@acme.example", "", "")))
                .withSupportHours(new dev.partnercontacts.domain.SupportHours(true, List.of()));
    }
}
