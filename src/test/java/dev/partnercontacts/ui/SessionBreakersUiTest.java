package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSummary;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, "Broken in every session": each break as a user meets it, through the real windows
 * (the window's place across a restart is {@code ui.x11.WindowRestartX11Test}).
 */
class SessionBreakersUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    private Node inMain(String id) {
        return app.robot().from(app.mainRoot()).lookup("#" + id).query();
    }

    private ComboBox<AccountSummary> switcher() {
        return app.robot().from(app.mainRoot()).lookup("#accountSwitcher").query();
    }

    private String switcherText() {
        return switcher().getButtonCell().getText();
    }

    private String title() {
        return ((Stage) app.mainRoot().getScene().getWindow()).getTitle();
    }

    private void openTab(String id) {
        TabPane tabs = app.mainTabs();
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        app.robot().interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<Instant> submittedAt() {
        return app.readStore(r -> r.submittedAt(r.currentAccountId()));
    }

    private void chooseAccount(String label) {
        app.robot().clickOn(switcher());
        WaitForAsyncUtils.waitForFxEvents();
        app.robot().clickOn(app.robot().lookup(".list-cell")
                .match((ListCell<?> c) -> label.equals(c.getText())).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** 2: the switcher went blank after "Save changes"; the window title named no account. */
    @Test
    void afterSaveChangesTheSwitcherAndTheTitleStillNameTheAccount() throws Exception {
        app = apps.driver("b2.db").withCompleteAccount();
        app.launch("--locale=en");
        openTab("configurationTab");
        TextInputControl partnerId = (TextInputControl) inMain("partnerId");
        app.robot().clickOn(partnerId).eraseText(partnerId.getText().length()).write("4243");
        app.robot().clickOn(inMain("saveContactsButton"));
        AppDriver.waitUntil(() -> "4243".equals(app.readStore(r -> r.loadStored(r.currentAccountId()).settings().partnerId())));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(switcherText()).isEqualTo("Acme Tours");
        assertThat(title()).contains("Acme Tours");
    }

    /** 2: after choosing another account, the switcher went blank and showed the last account's "Draft saved at". */
    @Test
    void afterChoosingAnotherAccountNothingOfTheFirstOneIsShown() throws Exception {
        app = apps.driver("b2b.db").withCompleteAccount().withAnotherCompleteAccount("Globex", "", false);
        app.launch("--locale=en");
        openTab("configurationTab");
        TextInputControl partnerId = (TextInputControl) inMain("partnerId");
        app.robot().clickOn(partnerId).write("9");
        AppDriver.waitUntil(() -> ((Label) inMain("configStatus")).getText().startsWith("Unsaved changes — draft saved at"));

        chooseAccount("Globex");
        AppDriver.waitUntil(() -> "Globex".equals(app.readStore(r -> r.accounts().stream()
                .filter(a -> a.id() == r.currentAccountId()).findFirst().orElseThrow().name())));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(switcherText()).isEqualTo("Globex");
        assertThat(title()).contains("Globex");
        assertThat(((Label) inMain("configStatus")).getText()).as("Acme's draft status").doesNotContain("draft saved");
    }

    /** 3: an incomplete account was "New account" everywhere, though a name was typed in its draft. */
    @Test
    void anIncompleteAccountIsCalledByTheNameTypedInItsDraft() throws Exception {
        app = apps.driver("b3.db").withCompleteAccount();
        app.launch("--locale=en");
        app.robot().clickOn(inMain("newAccountButton"));
        AppDriver.waitUntil(() -> app.gate().flatMap(g -> app.robot().from(g).lookup("#accountName").tryQuery()).isPresent());
        app.type("accountName", "Initech");
        Stage gate = (Stage) app.gateRoot().getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> gate.fireEvent(new WindowEvent(gate, WindowEvent.WINDOW_CLOSE_REQUEST)));
        AppDriver.waitUntil(() -> app.robot().lookup("#goBackButton").tryQuery().isPresent());

        String question = app.robot().lookup(".dialog-pane .header-panel .label").queryLabeled().getText();
        assertThat(question).contains("Initech");
        app.robot().clickOn(app.robot().lookup("#goBackButton").queryAs(Button.class));
        AppDriver.waitUntil(() -> app.gate().isEmpty());

        app.robot().clickOn(switcher());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.robot().lookup(".list-cell").match((ListCell<?> c) -> "Initech (incomplete) · unsaved draft".equals(c.getText()))
                .tryQuery()).as("the switcher's list").isPresent();
        app.robot().push(javafx.scene.input.KeyCode.ESCAPE);
    }

    /** 4: the gate's weekly coverage kept drawing the old hours until the time zone changed. */
    @Test
    void theGatesWeeklyCoverageFollowsTheHoursAsTheyAreTyped() throws Exception {
        app = apps.driver("b4.db");
        app.launch("--locale=en");
        AppDriver.waitUntil(() -> app.gate().flatMap(g -> app.robot().from(g).lookup("#add-opsSupport").tryQuery()).isPresent());
        if (app.robot().from(app.gateRoot()).lookup("#opsSupport-start-0").tryQuery().isEmpty()) {
            app.click("add-opsSupport");
        }
        // The hours first, then the days: every step after the hours is a valid week plan, and
        // the result of checking the form stays the same.
        app.type("opsSupport-start-0", "08:00");
        app.type("opsSupport-end-0", "20:00");
        for (String day : new String[] {"MON", "TUE", "WED", "THU", "FRI", "SAT"}) {
            ToggleButton toggle = app.inGate("opsSupport-0-" + day, ToggleButton.class);
            if (!toggle.isSelected()) {
                app.reveal(toggle);
                app.robot().clickOn(toggle);
            }
        }

        Label caption = app.robot().from(app.inGate("opsSupport-coverage")).lookup(".coverage-caption").queryAs(Label.class);
        assertThat(caption.getText()).startsWith("Open 72 hours a week");
    }

    /** 4, as a returning user meets it: the gate opens on a draft whose window is Monday 09:00–17:00. */
    @Test
    void theCoverageOfAGateOpenedOnADraftFollowsTheHoursToo() throws Exception {
        app = apps.driver("b4b.db");
        try (dev.partnercontacts.storage.Database db = dev.partnercontacts.storage.Database.open(app.db())) {
            var store = new dev.partnercontacts.storage.SqliteAccountStore(db, new dev.partnercontacts.domain.Users(
                    new dev.partnercontacts.domain.Validation("")), java.time.Clock.systemUTC());
            store.saveDraft(store.currentAccountId(), dev.partnercontacts.domain.ContactDetails.EMPTY.withSupportHours(
                    new dev.partnercontacts.domain.SupportHours(false, java.util.List.of(dev.partnercontacts.domain.Fixtures.window(
                            "09:00", "17:00", "Europe/Rome", java.time.DayOfWeek.MONDAY)))));
        }
        app.launch("--locale=en");
        AppDriver.waitUntil(() -> app.gate().flatMap(g -> app.robot().from(g).lookup("#opsSupport-start-0").tryQuery()).isPresent());
        Label caption = app.robot().from(app.inGate("opsSupport-coverage")).lookup(".coverage-caption").queryAs(Label.class);
        assertThat(caption.getText()).startsWith("Open 8 hours a week");

        app.type("opsSupport-start-0", "08:00");
        app.type("opsSupport-end-0", "20:00");
        for (String day : new String[] {"TUE", "WED", "THU", "FRI", "SAT"}) {
            ToggleButton toggle = app.inGate("opsSupport-0-" + day, ToggleButton.class);
            app.reveal(toggle);
            app.robot().clickOn(toggle);
        }

        assertThat(caption.getText()).startsWith("Open 72 hours a week");
    }

    /** 6: an empty band of about 110 pixels sat above every contact form (the summary's reserved frame). */
    @Test
    void noEmptyBandSitsAboveTheFormWhenNothingIsWrong() throws Exception {
        app = apps.driver("b6.db").withCompleteAccount();
        app.launch("--locale=en");
        openTab("configurationTab");
        AppDriver.waitUntil(() -> app.robot().from(app.mainRoot()).lookup("#accountName").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Node progress = inMain("configProgress");
        Node form = inMain("configFormScroll");
        double gap = form.localToScene(form.getLayoutBounds()).getMinY()
                - progress.localToScene(progress.getLayoutBounds()).getMaxY();
        assertThat(gap).as("pixels between the page's header and its form").isLessThan(30);
    }

    /** 6: the summary box showed 5 of its 6 problems, without a scroll bar to reach the sixth. */
    @Test
    void theSummaryShowsEveryProblemItLists() throws Exception {
        app = apps.driver("b6b.db");
        app.launch("--locale=en");
        AppDriver.waitUntil(() -> app.gate().flatMap(g -> app.robot().from(g).lookup("#submitButton").tryQuery()).isPresent());
        app.click("submitButton");
        javafx.scene.control.ScrollPane frame = app.inGate("gateErrorsScroll", javafx.scene.control.ScrollPane.class);
        javafx.scene.layout.VBox box = app.inGate("gateErrors", javafx.scene.layout.VBox.class);
        AppDriver.waitUntil(() -> box.getChildren().size() >= 7);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(frame.getViewportBounds().getHeight()).as("the frame's room for the %d lines", box.getChildren().size())
                .isGreaterThanOrEqualTo(box.getHeight() - 1);
    }

    /** 7: "Save changes" with nothing changed said "Saved", moved "Last submitted" and made a backup. */
    @Test
    void savingWithNothingChangedSaysSoAndChangesNothing() throws Exception {
        app = apps.driver("b7.db").withCompleteAccount();
        app.launch("--locale=en");
        Instant before = submittedAt().orElseThrow();
        openTab("configurationTab");
        app.awaitStartupBackup();
        long backupsBefore = app.backupCount();

        app.robot().clickOn(inMain("saveContactsButton"));
        AppDriver.waitUntil(() -> !((Label) inMain("configStatus")).getText().isEmpty());
        app.readStore(r -> r.accounts());

        assertThat(((Label) inMain("configStatus")).getText()).isEqualTo("Nothing to save: no changes.");
        assertThat(submittedAt()).contains(before);
        assertThat(app.backupCount()).isEqualTo(backupsBefore);
    }
}
