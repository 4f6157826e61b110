package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSummary;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The questions the app asks (issue 15): every button shows its whole text in both languages,
 * the dialog fits a 1024×768 screen, and Enter never chooses the destructive answer.
 */
class DialogButtonsUiTest {

    private static final String LONG_NAME = "The Very Long Partner Account Name Travel Company International";

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    private ComboBox<AccountSummary> switcher() {
        return app.robot().from(app.mainRoot()).lookup("#accountSwitcher").query();
    }

    private Window dialogWith(String buttonId) throws Exception {
        AppDriver.waitUntil(() -> app.robot().lookup("#" + buttonId).tryQuery().isPresent());
        return app.robot().lookup("#" + buttonId).query().getScene().getWindow();
    }

    /** Every button of the dialog shows its text as given: nothing replaced by "…". */
    private void assertWholeButtons(Window dialog) {
        List<Button> buttons = app.robot().from(dialog.getScene().getRoot()).lookup(".button").queryAllAs(Button.class)
                .stream().toList();
        assertThat(buttons).isNotEmpty();
        for (Button b : buttons) {
            Text shown = app.robot().from(b).lookup(".text").queryAs(Text.class);
            assertThat(shown.getText()).as("button %s", b.getId()).isEqualTo(b.getText());
        }
        assertThat(dialog.getWidth()).as("the dialog fits a 1024×768 screen").isLessThanOrEqualTo(1024);
    }

    @ParameterizedTest
    @CsvSource({"en", "it"})
    void leavingALongNamedAccountShowsWholeButtonsAndEnterGoesBack(String language) throws Exception {
        app = apps.driver("leave.db").withAnotherCompleteAccount(LONG_NAME, "", true)
                .launch("--locale=" + language);
        app.robot().clickOn(app.robot().from(app.mainRoot()).lookup("#newAccountButton").queryAs(Node.class));
        AppDriver.waitUntil(() -> app.gate().flatMap(g -> app.robot().from(g).lookup("#accountName").tryQuery()).isPresent());
        app.type("accountName", LONG_NAME + " Two");
        int accounts = switcher().getItems().size();
        Stage gate = (Stage) app.gateRoot().getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> gate.fireEvent(new WindowEvent(gate, WindowEvent.WINDOW_CLOSE_REQUEST)));

        Window dialog = dialogWith("removeThisAccountButton");
        assertWholeButtons(dialog);
        assertThat(app.robot().lookup("#goBackButton").queryAs(Button.class).getText()).contains("\u2026");

        app.robot().push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> app.gate().isEmpty());
        AppDriver.waitUntil(() -> LONG_NAME.equals(switcher().getButtonCell().getText()));
        assertThat(switcher().getItems()).as("Enter went back and kept the new account's draft").hasSize(accounts);
    }

    @ParameterizedTest
    @CsvSource({"en", "it"})
    void enterOnTheRemoveQuestionKeepsTheAccount(String language) throws Exception {
        app = apps.driver("remove.db").withCompleteAccount()
                .withAnotherCompleteAccount(LONG_NAME, "", true).launch("--locale=" + language);
        app.robot().clickOn(app.robot().from(app.mainRoot()).lookup("#removeAccountButton").queryAs(Node.class));
        Window dialog = dialogWith("confirmRemoveAccountButton");
        assertWholeButtons(dialog);

        app.robot().push(KeyCode.ENTER);
        AppDriver.waitUntil(() -> !dialog.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(switcher().getItems()).as("Enter kept the account").hasSize(2);
        assertThat(app.readStore(r -> r.accounts()).size()).isEqualTo(2);
    }
}
