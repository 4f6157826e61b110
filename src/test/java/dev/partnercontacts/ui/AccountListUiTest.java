package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.ui.accounts.AccountListViewModel.Filter;
import dev.partnercontacts.ui.accounts.AccountListViewModel.Row;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Accounts page through the real window: listed, searched, filtered, opened with a double-click or Enter. */
class AccountListUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @BeforeEach
    void setUp() {
        app = apps.driver("list.db").withCompleteAccount().withAnotherCompleteAccount("Globex", "777", false);
        try (Database db = Database.open(app.db())) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
            long draft = store.createAccount("setup").id();
            store.saveDraft(draft, ContactDetails.EMPTY.withSettings(new AccountSettings("Initech", "", Integration.DEFAULT,
                    Environment.SANDBOX)));
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<Row> table() {
        return app.robot().from(app.mainRoot()).lookup("#accountsTable").queryAs(TableView.class);
    }

    private void openAccountsTab() throws Exception {
        app.robot().interact(() -> app.mainTabs().getSelectionModel().select(
                app.mainTabs().getTabs().stream().filter(t -> "accountsTab".equals(t.getId())).findFirst().orElseThrow()));
        AppDriver.waitUntil(() -> app.robot().from(app.mainRoot()).lookup("#accountsTable").tryQuery().isPresent()
                && table().getItems().size() == 3);
    }

    @Test
    void everyAccountIsListedAndTheSearchAndFilterNarrowIt() throws Exception {
        app.launch("--locale=en");
        assertThat(app.mainTabs().getTabs().get(0).getId()).isEqualTo("accountsTab");
        openAccountsTab();

        assertThat(table().getItems()).extracting(Row::name).containsExactly("Acme Tours", "Globex", "Initech");
        assertThat(table().getItems().get(2).state()).startsWith("Missing 5: ").endsWith(" · unsaved draft");

        TextField search = app.robot().from(app.mainRoot()).lookup("#accountsSearch").queryAs(TextField.class);
        app.robot().clickOn(search).write("gil@globex");
        AppDriver.waitUntil(() -> table().getItems().size() == 1);
        assertThat(table().getItems().get(0).name()).isEqualTo("Globex");

        app.robot().interact(() -> search.clear());
        ComboBox<Filter> filter = app.robot().from(app.mainRoot()).lookup("#accountsFilter").queryComboBox();
        app.robot().interact(() -> filter.setValue(Filter.INCOMPLETE));
        AppDriver.waitUntil(() -> table().getItems().size() == 1);
        assertThat(table().getItems().get(0).name()).isEqualTo("Initech");
    }

    @Test
    void aDoubleClickOpensTheAccountAndEnterToo() throws Exception {
        app.launch("--locale=en");
        openAccountsTab();

        Node globexRow = app.robot().from(table()).lookup(".table-row-cell")
                .match((TableRow<Row> r) -> r.getItem() != null && "Globex".equals(r.getItem().name())).query();
        app.robot().doubleClickOn(globexRow);
        AppDriver.waitUntil(() -> "Globex".equals(app.readStore(r -> r.accounts().stream()
                .filter(a -> a.id() == r.currentAccountId()).findFirst().orElseThrow().name())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.mainTabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("homeTab");

        openAccountsTab();
        app.robot().interact(() -> {
            table().requestFocus();
            table().getSelectionModel().select(0);
        });
        app.robot().push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> "Acme Tours".equals(app.readStore(r -> r.accounts().stream()
                .filter(a -> a.id() == r.currentAccountId()).findFirst().orElseThrow().name())));
    }
}
