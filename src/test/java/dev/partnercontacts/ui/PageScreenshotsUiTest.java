package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.ui.common.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves a picture of every page, in English and Italian, light and dark, at 1024×768 and at
 * 1920×1080, under {@code target/screenshots/}, so that a reviewer can look at the pages without
 * starting the app; and checks that no text on them is cut short ("…"). The pages: the gate (its
 * contact details and users), and every tab of the main window (Accounts, Home, Configuration
 * with its form, users and settings, Sync, Activity).
 */
class PageScreenshotsUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            app.robot().interact(Theme.LIGHT::apply);
        }
    }

    @ParameterizedTest
    @CsvSource({"en, LIGHT, 1024, 768", "en, DARK, 1920, 1080", "it, DARK, 1024, 768", "it, LIGHT, 1920, 1080",
            "en, DARK, 1024, 768", "en, LIGHT, 1920, 1080", "it, LIGHT, 1024, 768", "it, DARK, 1920, 1080"})
    void everyPage(String language, Theme look, int width, int height) throws Exception {
        String variant = language + "-" + look.settingValue() + "-" + width + "x" + height;
        app = apps.driver("gate.db").launch("--locale=" + language);
        app.robot().interact(look::apply);
        Stage gate = (Stage) app.gateRoot().getScene().getWindow();
        app.resize(gate, width, height);
        save(gate.getScene(), "gate-contactDetailsTab", variant);
        app.selectGateTab("usersTab");
        save(gate.getScene(), "gate-usersTab", variant);
        app.close();

        app = apps.driver("shots.db").withCompleteAccount().launch("--locale=" + language);
        app.robot().interact(look::apply);
        Stage stage = (Stage) app.mainRoot().getScene().getWindow();
        app.resize(stage, width, height);
        TabPane tabs = app.mainTabs();
        for (Tab tab : tabs.getTabs()) {
            app.robot().interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            if (tab.getContent() != null && tab.getContent().lookup("#configurationTabs") instanceof TabPane inner) {
                for (Tab sub : inner.getTabs()) {
                    app.robot().interact(() -> inner.getSelectionModel().select(sub));
                    save(stage.getScene(), "main-" + tab.getId() + "-" + sub.getId(), variant);
                }
            } else {
                save(stage.getScene(), "main-" + tab.getId(), variant);
            }
        }
        assertThat(tabs.getTabs()).extracting(Tab::getId)
                .contains("accountsTab", "homeTab", "configurationTab", "syncTab", "activityTab");
    }

    /**
     * A window narrower than the screens above (1024 pixels less the window manager's frame, as
     * seen under openbox) keeps the main window's content inside it, in the longer Italian texts:
     * the account bar's minimum width once pushed the whole window past its right edge.
     */
    @Test
    void theMainWindowFitsAWindowOf1000PixelsInItalian() throws Exception {
        app = apps.driver("narrow.db").withCompleteAccount().launch("--locale=it");
        Stage stage = (Stage) app.mainRoot().getScene().getWindow();
        app.resize(stage, 1000, 740);
        javafx.scene.Parent root = app.mainRoot();
        assertThat(AppDriver.onFxThread(() -> root.minWidth(-1))).as("the main window's least width").isLessThanOrEqualTo(1000);
        assertThat(AppDriver.onFxThread(root::getLayoutBounds).getWidth()).isLessThanOrEqualTo(stage.getScene().getWidth());
    }

    private void save(Scene scene, String page, String variant) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        String name = page + "-" + variant;
        Path[] file = new Path[1];
        List<Rendering.Cut> cut = new java.util.ArrayList<>();
        app.robot().interact(() -> {
            try {
                file[0] = Rendering.screenshot(scene, name);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            cut.addAll(Rendering.truncated(scene.getRoot()));
        });
        assertThat(file[0]).isNotEmptyFile();
        assertThat(cut).as("text cut short on %s", name).isEmpty();
    }
}
