package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The form as a keyboard user and an editor of stored details meet it. */
class FormBehaviourUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @BeforeEach
    void setUp() {
        app = apps.driver("contacts.db");
    }

    @Test
    void theGateCanBeCompletedWithTheKeyboardAlone() throws Exception {
        app.launch("--locale=en");
        Scene scene = app.gateRoot().getScene();
        AppDriver.waitUntil(() -> focused(scene, "accountName"));
        // Typed characters go to the robot's target window: the gate, which has the focus.
        app.robot().targetWindow(scene.getWindow());

        app.robot().push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.gate()).as("Enter submits; an incomplete form is refused").isPresent();
        assertThat(app.inGate("gateErrors").isVisible()).isTrue();
        assertThat(scene.getFocusOwner().getId()).as("the focus goes to the first problem").isEqualTo("accountName");

        app.robot().write("Keyboard Ltd");
        for (String role : List.of("techEmergency", "techNonEmergency", "opsForGoogle", "opsForUsers")) {
            tabTo(scene, role + "-email-0");
            app.robot().write(role.toLowerCase() + "@keys.example");
        }
        tabTo(scene, "support247");
        app.robot().push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((CheckBox) app.inGate("support247")).isSelected()).isTrue();
        assertThat(app.text("gateProgress")).as(() -> "typed: " + List.of("accountName", "techEmergency-email-0",
                "techNonEmergency-email-0", "opsForGoogle-email-0", "opsForUsers-email-0").stream()
                .map(app::text).toList()).isEqualTo("5 of 5 required roles complete");

        app.robot().push(KeyCode.ALT, KeyCode.S);
        AppDriver.waitUntil(() -> app.gate().isEmpty());
        ContactDetails stored = app.readStore(r -> r.loadStored(r.currentAccountId()));
        assertThat(stored.settings().name()).isEqualTo("Keyboard Ltd");
        assertThat(stored.supportHours().allWeek()).isTrue();
    }

    @Test
    void escapeAsksBeforeClosingTheGateAndCanBeTakenBack() throws Exception {
        app.launch("--locale=en");
        app.robot().push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Node keepEditing = app.robot().lookup("#cancelQuitButton").query();
        assertThat(keepEditing).isNotNull();
        app.robot().push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.robot().lookup("#cancelQuitButton").tryQuery()).isEmpty();
        assertThat(app.gate()).isPresent();
    }

    @Test
    void everyControlWithoutAVisibleLabelHasAnAccessibleText() throws Exception {
        app.launch("--locale=en");
        app.click("add-techEmergency");
        app.click("add-opsSupport");
        List<String> unnamed = WaitForAsyncUtils.asyncFx(() -> {
            List<String> missing = new java.util.ArrayList<>();
            collectUnnamed(app.gateRoot(), missing);
            return missing;
        }).get();
        assertThat(unnamed).isEmpty();
        assertThat(app.inGate("techEmergency-email-1").getAccessibleText())
                .isEqualTo("Technical emergency contacts, Backup 1: e-mail address");
        assertThat(app.inGate("techEmergency-remove-1").getAccessibleText()).isEqualTo("Remove — Backup 1");
        assertThat(app.inGate("opsSupport-0-MON").getAccessibleText()).isEqualTo("Window 1: Monday");
    }

    /** Controls that show no words of their own (text fields, icon buttons, lists) need a name for screen readers. */
    private static void collectUnnamed(Parent parent, List<String> missing) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            boolean wordless = n instanceof TextField || n instanceof javafx.scene.control.ComboBoxBase<?>
                    || n instanceof javafx.scene.control.ListView<?>
                    || (n instanceof javafx.scene.control.ButtonBase b && (b.getText() == null || b.getText().isEmpty()));
            boolean labelled = n.getAccessibleText() != null && !n.getAccessibleText().isBlank()
                    || isLabelFor(n);
            if (wordless && n.getId() != null && !labelled && !(n.getParent() instanceof javafx.scene.control.ComboBoxBase<?>)
                    && !n.getStyleClass().contains("custom-text-field")) {
                missing.add(n.getId());
            }
            if (n instanceof Parent p) {
                collectUnnamed(p, missing);
            }
        }
    }

    private static boolean isLabelFor(Node n) {
        Parent root = n.getScene().getRoot();
        return root.lookupAll(".label").stream()
                .anyMatch(l -> l instanceof javafx.scene.control.Label label && label.getLabelFor() == n);
    }

    @Test
    void alertContactTicksSurviveSavingChanges() throws Exception {
        long[] ids = new long[2];
        try (Database db = Database.open(app.db())) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
            long id = store.currentAccountId();
            ids[0] = store.addUser(id, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, "test").id();
            ids[1] = store.addUser(id, "Bob", "bob@acme.example", UserRole.EDITOR, "test").id();
            ContactDetails details = GateUiTest.completeSandboxDetails();
            store.submit(id, details.withSettings(new AccountSettings("Acme Tours", "", details.settings().integration(),
                    Environment.PRODUCTION)).withAlertUserIds(List.of(ids[0], ids[1])), "test");
        }
        app.launch("--locale=en");
        assertThat(app.gate()).isEmpty();
        Parent main = app.mainRoot();
        app.robot().clickOn(app.robot().from(main).lookup("Configuration").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        CheckListView<?> alerts = app.robot().from(main).lookup("#alertContacts").queryAs(CheckListView.class);
        assertThat(ticked(alerts)).as("before the change").containsExactly(true, true);

        TextField name = app.robot().from(main).lookup("#accountName").queryAs(TextField.class);
        app.robot().clickOn(name).push(KeyCode.END).write(" Ltd").push(KeyCode.TAB);
        Node save = app.robot().from(main).lookup("#saveContactsButton").queryAs(Node.class);
        app.robot().clickOn(save);
        AppDriver.waitUntil(() -> "Acme Tours Ltd".equals(app.readStore(r -> r.loadStored(r.currentAccountId()))
                .settings().name()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ticked(alerts)).as("the ticks after Save changes").containsExactly(true, true);
        assertThat(alerts.getCheckModel().getCheckedItems()).hasSize(2);
        assertThat(app.readStore(r -> r.loadStored(r.currentAccountId())).alertUserIds())
                .containsExactlyInAnyOrder(ids[0], ids[1]);
    }

    /** What the list's check boxes show, row by row. */
    private List<Boolean> ticked(CheckListView<?> list) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> list.lookupAll(".list-cell").stream()
                .filter(c -> c instanceof Labeled l && l.getText() != null && !l.getText().isEmpty())
                .map(c -> c.lookup(".check-box"))
                .map(b -> ((CheckBox) b).isSelected())
                .toList()).get();
    }

    private static boolean focused(Scene scene, String id) {
        return scene.getFocusOwner() != null && id.equals(scene.getFocusOwner().getId());
    }

    /** Presses Tab until the field has the focus, as a keyboard user would. */
    private void tabTo(Scene scene, String id) throws TimeoutException {
        for (int i = 0; i < 40 && !focused(scene, id); i++) {
            app.robot().push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(scene.getFocusOwner().getId()).isEqualTo(id);
    }
}
