package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Activity page (issue 15): Who and the account on one line in columns as wide as their
 * texts, a search field that shows its whole prompt, and role filters for the account's
 * settings and its users.
 */
class ActivityPageUiTest {

    private static final String AUTHOR = "Giovanna Bartolomei <giovanna.bartolomei@ops.acme.example>";
    private static final String OTHER = "Acme Tours International Travel";

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    private void launch(String language, int width, int height) throws Exception {
        Path db = apps.dir().resolve("activity.db");
        try (Database d = Database.open(db)) {
            SqliteAccountStore store = new SqliteAccountStore(d, new Users(new Validation("")), Clock.systemUTC());
            long id = store.currentAccountId();
            store.addUser(id, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, AUTHOR);
            store.submit(id, GateUiTest.completeSandboxDetails(), AUTHOR);
            long other = store.createAccount(AUTHOR).id();
            ContactDetails details = GateUiTest.completeSandboxDetails();
            store.addUser(other, "Gil", "gil@globex.example", UserRole.ADMINISTRATOR, AUTHOR);
            store.submit(other, details.withSettings(new AccountSettings(OTHER, "", details.settings().integration(),
                    details.settings().environment())), AUTHOR);
        }
        app = apps.driver(db).launch("--locale=" + language);
        Stage stage = (Stage) app.mainRoot().getScene().getWindow();
        app.robot().interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            app.mainTabs().getSelectionModel().select(app.robot().from(app.mainRoot()).lookup("#mainTabs")
                    .queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                    .filter(t -> "activityTab".equals(t.getId())).findFirst().orElseThrow());
        });
        AppDriver.waitUntil(() -> !table().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table() {
        return app.robot().from(app.mainRoot()).lookup("#activityTable").queryAs(TableView.class);
    }

    private List<TableCell<?, ?>> cells(String columnId) {
        List<TableCell<?, ?>> found = new java.util.ArrayList<>();
        for (Node n : app.robot().from(table()).lookup(".table-cell").queryAll()) {
            if (n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                    && columnId.equals(c.getTableColumn().getId()) && !c.isEmpty() && c.isVisible()) {
                found.add(c);
            }
        }
        return found;
    }

    /** The tallest text drawn in a cell, against the height of one line of the cell's font. */
    private static void assertOneLine(TableCell<?, ?> cell) {
        double line = cell.getFont().getSize() * 1.6;
        List<Text> texts = cell.lookupAll("*").stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(Node::isVisible).toList();
        assertThat(texts).isNotEmpty();
        for (Text t : texts) {
            assertThat(t.getLayoutBounds().getHeight()).as("one line: %s", t.getText()).isLessThan(line);
        }
    }

    @ParameterizedTest
    @CsvSource({"en, 1500, 900", "it, 1920, 1080"})
    void whoAndAccountShowTheirWholeTextOnOneLine(String language, int width, int height) throws Exception {
        launch(language, width, height);
        app.robot().clickOn(app.robot().from(app.mainRoot()).lookup("#activityAllAccounts").queryAs(Node.class));
        AppDriver.waitUntil(() -> table().getItems().stream().map(Object::toString).anyMatch(s -> s.contains(OTHER)));
        WaitForAsyncUtils.waitForFxEvents();

        for (TableCell<?, ?> who : cells("whoColumn")) {
            assertOneLine(who);
            assertThat(((Text) who.lookup(".text")).getText()).as("Who in full").isEqualTo(AUTHOR);
        }
        for (TableCell<?, ?> account : cells("accountColumn")) {
            assertOneLine(account);
            assertThat(((Text) account.lookup(".text")).getText()).as("the account in full").isEqualTo(account.getText());
        }
    }

    @ParameterizedTest
    @CsvSource({"en, 1024, 768", "it, 1024, 768"})
    void theSearchFieldShowsItsWholePrompt(String language, int width, int height) throws Exception {
        launch(language, width, height);
        TextField search = app.robot().from(app.mainRoot()).lookup("#activitySearch").queryAs(TextField.class);
        Text prompt = new Text(search.getPromptText());
        prompt.setFont(search.getFont());
        assertThat(search.getWidth()).as("room for \"%s\"", search.getPromptText())
                .isGreaterThan(prompt.getLayoutBounds().getWidth() + search.getPadding().getLeft()
                        + search.getPadding().getRight());
        Node export = app.robot().from(app.mainRoot()).lookup("#activityExportButton").query();
        assertThat(export.localToScene(export.getBoundsInLocal()).getMaxX()).as("the row fits the window")
                .isLessThanOrEqualTo(app.mainRoot().getScene().getWidth());
    }

    @ParameterizedTest
    @CsvSource({"en, Account, Users", "it, Account, Utenti"})
    void theRoleFilterOffersTheAccountAndItsUsers(String language, String account, String users) throws Exception {
        launch(language, 1500, 900);
        @SuppressWarnings("unchecked")
        ComboBox<String> filter = app.robot().from(app.mainRoot()).lookup("#activityRoleFilter").queryAs(ComboBox.class);
        TableColumn<Object, ?> what = table().getColumns().stream().filter(c -> "whatColumn".equals(c.getId()))
                .findFirst().orElseThrow();

        for (String area : List.of(users, account)) {
            app.robot().clickOn(filter);
            WaitForAsyncUtils.waitForFxEvents();
            app.robot().clickOn(app.robot().lookup(".list-cell").match((IndexedCell<?> c) -> area.equals(c.getText()))
                    .queryAs(Node.class));
            AppDriver.waitUntil(() -> !table().getItems().isEmpty()
                    && table().getItems().stream().allMatch(e -> area.equals(what.getCellData(e))));
            assertThat(table().getItems()).as(area).isNotEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"en, 1920, 1080", "it, 1920, 1080"})
    void atFullWidthWhenWhoAndWhatFitTheirTextsAndTheDetailsTakeTheRest(String language, int width, int height)
            throws Exception {
        launch(language, width, height);
        TableView<Object> table = table();
        TableColumn<?, ?> when = column(table, "whenColumn");
        TableColumn<?, ?> who = column(table, "whoColumn");
        TableColumn<?, ?> what = column(table, "whatColumn");
        TableColumn<?, ?> detail = column(table, "detailColumn");
        double whenText = widest(cells("whenColumn"));
        double whoText = widest(cells("whoColumn"));

        assertThat(when.getWidth()).as("When fits its dates").isBetween(whenText, whenText + 60);
        assertThat(who.getWidth()).as("Who fits its authors").isBetween(whoText, whoText + 60);
        assertThat(what.getWidth()).as("What stays narrow").isLessThan(320);
        assertThat(detail.getWidth()).as("the details take the rest")
                .isGreaterThan(table.getWidth() - when.getWidth() - who.getWidth() - what.getWidth() - 40);
    }

    private static TableColumn<?, ?> column(TableView<Object> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    /** The widest text drawn in the cells. */
    private static double widest(List<TableCell<?, ?>> cells) {
        return cells.stream().flatMap(c -> c.lookupAll(".text").stream()).filter(Text.class::isInstance)
                .mapToDouble(n -> ((Text) n).getLayoutBounds().getWidth()).max().orElseThrow();
    }
}
