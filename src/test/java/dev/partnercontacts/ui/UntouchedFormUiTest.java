package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A form the user has not touched shows no error, as a tester found it in a real window: a
 * support-hours row just added, and the form of a new account made with Ctrl+N from the main
 * window (whose page had shown a submitted account before).
 */
class UntouchedFormUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @Test
    void aSupportRowAddedAfterASubmitAttemptWaitsUntilChangedOrSubmittedAgain() throws Exception {
        app = apps.driver("hours.db");
        app.launch("--locale=en");
        AppDriver.waitUntil(() -> app.gate().isPresent());
        CheckBox allWeek = app.inGate("support247", CheckBox.class);
        if (allWeek.isSelected()) {
            app.click("support247");
        }
        // Submit tried once, the form being empty: every field shows what is missing.
        app.click("submitButton");
        AppDriver.waitUntil(() -> app.errorShown("accountName"));

        app.click("add-opsSupport");
        AppDriver.waitUntil(() -> app.gate().map(g -> g.lookup("#opsSupport-days-0")).isPresent());

        assertThat(app.errorShown("opsSupport-days-0")).as("a row not touched yet shows no error").isFalse();

        // A day chosen and unchosen again is a change the user made: now it shows.
        app.click("opsSupport-0-MON");
        app.click("opsSupport-0-MON");
        AppDriver.waitUntil(() -> app.errorShown("opsSupport-days-0"));

        // A second row waits too, until the next submit attempt shows it.
        app.click("add-opsSupport");
        AppDriver.waitUntil(() -> app.gate().map(g -> g.lookup("#opsSupport-days-1")).isPresent());
        assertThat(app.errorShown("opsSupport-days-1")).isFalse();
        app.click("submitButton");
        AppDriver.waitUntil(() -> app.errorShown("opsSupport-days-1"));
    }

    @Test
    void aContactRowAddedAfterASubmitAttemptWaitsUntilChangedOrSubmittedAgain() throws Exception {
        app = apps.driver("contacts.db");
        app.launch("--locale=en");
        AppDriver.waitUntil(() -> app.gate().isPresent());
        app.type("techEmergency-email-0", "oncall@acme.example");
        app.click("submitButton");
        AppDriver.waitUntil(() -> app.errorShown("accountName"));

        app.click("add-techEmergency");
        AppDriver.waitUntil(() -> app.gate().map(g -> g.lookup("#techEmergency-email-1")).isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.errorShown("techEmergency-email-1")).as("a backup row not touched yet shows no error").isFalse();
        app.click("submitButton");
        AppDriver.waitUntil(() -> app.errorShown("techEmergency-email-1"));
    }

    @Test
    void ctrlNOpensANewAccountWithNoErrorShownOnThePageBehindTheGate() throws Exception {
        app = apps.driver("new.db").withCompleteAccount();
        app.launch("--locale=en");
        app.openTab("configurationTab");
        WaitForAsyncUtils.waitForFxEvents();

        app.robot().push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil(() -> app.gate().flatMap(g -> app.robot().from(g).lookup("#accountName").tryQuery()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(AppDriver.onFxThread(() -> visible(app.inMain("configErrorsScroll"))))
                .as("the page's error summary").isFalse();
        assertThat(AppDriver.onFxThread(() -> visible(app.inGate("gateErrorsScroll"))))
                .as("the gate's error summary").isFalse();
        assertThat(app.errorShown("accountName")).isFalse();
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
