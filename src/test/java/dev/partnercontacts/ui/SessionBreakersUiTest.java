package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.storage.Backups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, "Broken in every session": each break as a user meets it, through the real windows
 * (the window's place across a restart is {@code ui.x11.WindowRestartX11Test}).
 */
class SessionBreakersUiTest {

    @TempDir
    Path dir;

    private AppDriver app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private Node inMain(String id) {
        return app.robot().from(app.mainRoot()).lookup("#" + id).query();
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

    /** 6: an empty band of about 110 pixels sat above every contact form (the summary's reserved frame). */
    @Test
    void noEmptyBandSitsAboveTheFormWhenNothingIsWrong() throws Exception {
        app = new AppDriver(dir.resolve("b6.db")).withCompleteAccount();
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
        app = new AppDriver(dir.resolve("b6b.db"));
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
        app = new AppDriver(dir.resolve("b7.db")).withCompleteAccount();
        app.launch("--locale=en");
        Instant before = submittedAt().orElseThrow();
        openTab("configurationTab");
        AppDriver.waitUntil(this::noBackupBeingMade);
        long backupsBefore = app.backupCount();

        app.robot().clickOn(inMain("saveContactsButton"));
        AppDriver.waitUntil(() -> !((Label) inMain("configStatus")).getText().isEmpty());
        app.readStore(r -> r.accounts());

        assertThat(((Label) inMain("configStatus")).getText()).isEqualTo("Nothing to save: no changes.");
        assertThat(submittedAt()).contains(before);
        assertThat(app.backupCount()).isEqualTo(backupsBefore);
    }

    /** The daily backup of the first window is made (or not needed) before counting backups. */
    private boolean noBackupBeingMade() throws Exception {
        Path folder = Backups.of(app.db()).folder();
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (var files = Files.list(folder)) {
            return files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp"));
        }
    }
}
