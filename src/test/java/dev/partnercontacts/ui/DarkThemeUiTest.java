package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.ui.common.Theme;
import javafx.application.Application;
import javafx.scene.paint.Color;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The dark theme recolours the whole gate through the theme's variables; nothing is cut there either. */
class DarkThemeUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @AfterEach
    void tearDown() throws Exception {
        app.robot().interact(Theme.LIGHT::apply);
    }

    @Test
    void theGateInTheDarkTheme() throws Exception {
        app = apps.driver("dark.db");
        app.launch("--locale=en");
        app.robot().interact(Theme.DARK::apply);
        app.click("submitButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        Region section = app.inGate("role-techEmergency", Region.class);
        Color background = (Color) section.getBackground().getFills().get(0).getFill();
        assertThat(background.getBrightness()).as("a dark section background").isLessThan(0.3);
        assertThat(WaitForAsyncUtils.asyncFx(() -> {
            Rendering.screenshot(app.gateRoot().getScene(), "gate-en-dark");
            return Rendering.truncated(app.gateRoot());
        }).get()).isEmpty();
    }
}
