package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves a picture of every page of the main window, in English and Italian, at 1024×768 and at
 * 1600×1000, under {@code target/screenshots/}, so that a reviewer can look at the pages
 * without starting the app.
 */
class PageScreenshotsUiTest {

    private static final Path OUT = Path.of("target", "screenshots");

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
        WritableImage[] image = new WritableImage[1];
        app.robot().interact(() -> image[0] = scene.snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                picture.setRGB(x, y, image[0].getPixelReader().getArgb(x, y));
            }
        }
        Files.createDirectories(OUT);
        Path file = OUT.resolve("main-" + page + "-" + language + "-" + width + "x" + height + ".png");
        ImageIO.write(picture, "png", file.toFile());
        assertThat(file).isNotEmptyFile();
    }
}
