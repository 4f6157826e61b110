package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.Role;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the gate halfway: it asks first, then quits with the draft on disk. Quitting ends
 * the JavaFX runtime, so this class has its own JVM (Surefire forks per class) and quits last.
 */
class QuitFromGateUiTest {

    @TempDir
    Path dir;

    /** What the window manager does when the user clicks the close box; the question blocks, so don't wait on it. */
    private static void requestClose(AppDriver app, Stage gate) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> gate.fireEvent(new WindowEvent(gate, WindowEvent.WINDOW_CLOSE_REQUEST)));
        AppDriver.waitUntil(() -> app.robot().lookup("#confirmQuitButton").tryQuery().isPresent());
    }

    @Test
    void closingTheGateAsksThenQuitsKeepingTheDraft() throws Exception {
        AppDriver app = new AppDriver(dir.resolve("quit.db")).launch("--locale=en");
        app.type("accountName", "Left Halfway").type("techNonEmergency-email-0", "dev@half.example");
        Stage gate = (Stage) app.gateRoot().getScene().getWindow();

        requestClose(app, gate);
        Button keepEditing = app.robot().lookup("#cancelQuitButton").queryAs(Button.class);
        app.robot().clickOn(keepEditing);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gate.isShowing()).as("Keep editing leaves the gate open").isTrue();

        app.robot().clickOn(app.inGate("techNonEmergency-name-0")).write("Dev team");
        requestClose(app, gate);
        Button quit = app.robot().lookup("#confirmQuitButton").queryAs(Button.class);
        app.robot().moveTo(quit);
        // Fired rather than clicked: after a click TestFX waits for FX events, and the FX
        // thread ends with the quit, so that wait would never return.
        WaitForAsyncUtils.asyncFx(quit::fire);

        AppDriver.waitUntilOutsideFx(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("JavaFX Application Thread") && t.isAlive()));
        assertThat(app.storedDraft()).hasValueSatisfying(d -> {
            assertThat(d.settings().name()).isEqualTo("Left Halfway");
            assertThat(d.contacts(Role.TECH_NON_EMERGENCY)).singleElement().satisfies(c -> {
                assertThat(c.email()).isEqualTo("dev@half.example");
                assertThat(c.name()).as("typed just before quitting, saved by the quit itself").isEqualTo("Dev team");
            });
        });
        boolean submitted = app.readStore(r -> r.submittedAt(r.currentAccountId()).isPresent());
        assertThat(submitted).isFalse();
    }
}
