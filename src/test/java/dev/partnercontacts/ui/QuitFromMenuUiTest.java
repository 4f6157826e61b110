package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+Q in the main window quits as closing the window does (QuitFlow): what was typed and not
 * saved is kept as the account's draft. Quitting ends the JavaFX runtime, so this class has its
 * own JVM (Surefire forks per class).
 */
class QuitFromMenuUiTest {

    @TempDir
    Path dir;

    @Test
    void ctrlQQuitsKeepingWhatWasTypedAsADraft() throws Exception {
        AppDriver app = new AppDriver(dir.resolve("quit.db")).withCompleteAccount();
        app.launch("--locale=en");
        app.openTab("configurationTab");
        TextInputControl partnerId = app.robot().from(app.mainRoot()).lookup("#partnerId").queryAs(TextInputControl.class);
        app.robot().clickOn(partnerId).eraseText(partnerId.getText().length()).write("7777");

        // Not robot.push: it waits for FX events after the keys, and the FX thread ends with the quit.
        WaitForAsyncUtils.asyncFx(() -> {
            var press = new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.Q,
                    false, true, false, false);
            // To the field with the focus, as the keyboard sends it: the scene's accelerators see it on the way.
            javafx.event.Event.fireEvent(partnerId, press);
        });

        AppDriver.waitUntilOutsideFx(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("JavaFX Application Thread") && t.isAlive()));
        assertThat(app.storedDraft()).hasValueSatisfying(d -> assertThat(d.settings().partnerId()).isEqualTo("7777"));
        String stored = app.readStore(r -> r.loadStored(r.currentAccountId()).settings().partnerId());
        assertThat(stored).as("typed, not saved").isNotEqualTo("7777");
    }
}
