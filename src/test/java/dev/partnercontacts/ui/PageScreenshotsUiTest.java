package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves a picture of every page of the main window, in English and Italian, at 1024×768 and at
 * 1600×1000, under {@code target/screenshots/}, so that a reviewer can look at the pages
 * without starting the app; and checks that no text on them is cut short ("…").
 */
class PageScreenshotsUiTest {

    @TempDir
    Path dir;

    private AppDriver app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"en, 1024, 768", "en, 1600, 1000", "it, 1024, 768", "it, 1600, 1000"})
    void everyMainPage(String language, int width, int height) throws Exception {
        app = new AppDriver(dir.resolve("shots.db")).withCompleteAccount().launch("--locale=" + language);
        Stage stage = (Stage) app.mainRoot().getScene().getWindow();
        app.robot().interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        TabPane tabs = app.mainTabs();
        for (Tab tab : tabs.getTabs()) {
            app.robot().interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            if (tab.getContent() != null && tab.getContent().lookup("#configurationTabs") instanceof TabPane inner) {
                for (Tab sub : inner.getTabs()) {
                    app.robot().interact(() -> inner.getSelectionModel().select(sub));
                    save(stage.getScene(), tab.getId() + "-" + sub.getId(), language, width, height);
                }
            } else {
                save(stage.getScene(), tab.getId(), language, width, height);
            }
        }
    }

    private void save(Scene scene, String page, String language, int width, int height) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        String name = "main-" + page + "-" + language + "-" + width + "x" + height;
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
