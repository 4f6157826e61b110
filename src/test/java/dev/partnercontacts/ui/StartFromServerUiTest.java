package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.sync.PouchDbServer;
import dev.partnercontacts.sync.SyncFixtures;
import dev.partnercontacts.sync.Workstation;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A second workstation starts on an empty data file (ui-contract, "Starting on an empty data
 * file"): the gate offers to start from the server, receives every account of the team database
 * and opens on them, the blank account it started with gone.
 */
class StartFromServerUiTest {

    @RegisterExtension
    static PouchDbServer pouch = new PouchDbServer();

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    private Node inAnyWindow(String id) {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> app.robot().from(w.getScene().getRoot()).lookup("#" + id).tryQuery())
                .flatMap(java.util.Optional::stream).findFirst().orElseThrow(() -> new AssertionError("no #" + id));
    }

    private void typeInDialog(String id, String text) {
        TextInputControl field = (TextInputControl) inAnyWindow(id);
        app.robot().interact(() -> field.setText(text));
    }

    @Test
    void aNewWorkstationStartsFromTheServerAndTheBlankAccountIsReplaced() throws Exception {
        String team = pouch.newDatabase();
        List<String> keys;
        try (Workstation first = new Workstation(apps.dir().resolve("first.db"), pouch.client(), team)) {
            keys = List.of(SyncFixtures.newKey(), SyncFixtures.newKey());
            keys.forEach(k -> first.add(SyncFixtures.account(k)));
            assertThat(first.sync().inSync()).isTrue();
        }
        app = apps.driver("new-workstation.db");
        app.launch("--locale=en");
        AppDriver.waitUntil(() -> app.gate().isPresent() && app.inGate("startFromServerButton").isVisible());

        app.click("startFromServerButton");
        AppDriver.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing()
                && app.robot().from(w.getScene().getRoot()).lookup("#startServerUrl").tryQuery().isPresent()));
        typeInDialog("startServerUrl", pouch.uri().toString());
        typeInDialog("startServerUser", PouchDbServer.ADMIN);
        typeInDialog("startServerDatabase", team);
        typeInDialog("startServerPassword", PouchDbServer.PASSWORD);
        app.robot().clickOn(inAnyWindow("startReceiveButton"));
        WaitForAsyncUtils.waitForFxEvents();

        AppDriver.waitUntil(() -> app.gate().isEmpty());
        AppDriver.waitUntil(() -> app.readStore(s -> s.accounts().size() == 2));
        List<String> inFile = app.readStore(s -> s.accounts().stream().map(AccountSummary::key).toList());
        assertThat(inFile).as("the blank account is gone").containsExactlyInAnyOrderElementsOf(keys);
        assertThat(app.mainTabs().isDisabled()).isFalse();
        java.util.Optional<String> database = app.readStore(s -> s.setting(dev.partnercontacts.domain.SettingKeys.SYNC_DATABASE));
        assertThat(database).contains(team);
    }
}
