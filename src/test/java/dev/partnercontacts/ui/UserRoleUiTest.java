package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Changing a portal user's role through the visible role control beside the users table. */
class UserRoleUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @BeforeEach
    void setUp() {
        app = apps.driver("data/contacts.db");
        try (Database db = Database.open(app.db())) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
            long id = store.currentAccountId();
            store.addUser(id, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, "test");
            store.addUser(id, "Bob", "bob@acme.example", UserRole.EDITOR, "test");
        }
    }

    private List<UserRole> storedRoles() {
        return app.readStore(s -> s.users(s.currentAccountId())).stream().map(PortalUser::role).toList();
    }

    private void selectUser(String name) {
        Node cell = app.robot().from(app.inGate("usersTable")).lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> name.equals(c.getText())).query();
        app.robot().clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRoleIsChangedWithTheVisibleControlAndStoredAtOnceAsAddingAndRemovingAre() throws Exception {
        app.launch("--locale=en");
        app.selectGateTab("usersTab");
        ComboBox<?> choice = app.inGate("userRoleChoice", ComboBox.class);
        assertThat(choice.isDisabled()).as("nothing selected yet").isTrue();

        selectUser("Bob");
        assertThat(choice.isDisabled()).isFalse();
        assertThat(choice.getValue()).isEqualTo(UserRole.EDITOR);
        app.choose("userRoleChoice", "Administrator");
        app.click("changeRoleButton");

        AppDriver.waitUntil(() -> storedRoles().equals(List.of(UserRole.ADMINISTRATOR, UserRole.ADMINISTRATOR)));
        TableView<?> table = app.inGate("usersTable", TableView.class);
        AppDriver.waitUntil(() -> app.robot().from(table).lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> "Administrator".equals(c.getText()))
                .queryAll().size() == 2);
        assertThat(((PortalUser) table.getSelectionModel().getSelectedItem()).name()).as("still selected").isEqualTo("Bob");
        assertThat(app.errorShown("userRoleChoice")).isFalse();
    }

    @Test
    void theRoleControlIsReachedWithTheKeyboard() throws Exception {
        app.launch("--locale=en");
        app.selectGateTab("usersTab");
        selectUser("Bob");
        javafx.scene.Scene scene = app.gateRoot().getScene();
        app.robot().push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner().getId()).isEqualTo("userRoleChoice");
        app.robot().push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner().getId()).isEqualTo("changeRoleButton");
    }

    @Test
    void demotingTheLastAdministratorIsRefusedWhereItWasTriedAndNothingIsStored() throws Exception {
        app.launch("--locale=en");
        app.selectGateTab("usersTab");

        selectUser("Ada");
        app.choose("userRoleChoice", "Read only");
        app.click("changeRoleButton");

        AppDriver.waitUntil(() -> app.errorShown("userRoleChoice"));
        assertThat(app.text("userRoleChoice-error")).isEqualTo("The last Administrator cannot be given another role.");
        assertThat(app.errorShown("usersTable")).as("shown beside the role control, not elsewhere").isFalse();
        List<Rendering.Cut> cuts = WaitForAsyncUtils.asyncFx(() -> {
            Rendering.screenshot(app.gateRoot().getScene(), "users-role-refused");
            return Rendering.truncated(app.gateRoot());
        }).get();
        assertThat(cuts).as("texts cut when the refusal is shown").isEmpty();
        assertThat(storedRoles()).containsExactly(UserRole.ADMINISTRATOR, UserRole.EDITOR);
        assertThat(app.robot().from(app.inGate("usersTable")).lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> "Read only".equals(c.getText())).tryQuery()).isEmpty();

        selectUser("Bob");
        assertThat(app.errorShown("userRoleChoice")).as("the message goes with another user").isFalse();
        assertThat(((Button) app.inGate("changeRoleButton")).getText()).isEqualTo("Chan_ge role");
        assertThat(app.inGate("userRoleChoice-error", Label.class)).isNotNull();
    }
}
