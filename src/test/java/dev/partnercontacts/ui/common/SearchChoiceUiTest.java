package dev.partnercontacts.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seen in a real window (support hours, Home): typing in a zone picker's search wrote what the
 * list passed through into the draft — no zone while the list was filtered ("Choose a time zone"
 * shown), and after a space the first match (America/North_Dakota/New_Salem); after Escape the
 * field stayed blank. The model changes only for a zone the user settled on.
 */
class SearchChoiceUiTest {

    private final FxRobot robot = new FxRobot();
    private final StringProperty model = new SimpleStringProperty("Europe/Rome");
    private final List<String> changes = new ArrayList<>();
    private SearchableComboBox<String> picker;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        model.addListener((o, was, is) -> changes.add(is));
        FxToolkit.setupStage(stage -> {
            picker = new ZoneChoices(new Messages(Locale.ENGLISH), Instant.parse("2026-01-15T12:00:00Z")).picker();
            SearchPopup.follow(picker, model, model::set);
            stage.setScene(new Scene(new VBox(8, new TextField(), picker), 600, 400));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void openAndType(String text) throws Exception {
        robot.clickOn(picker);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> picker.isShowing()
                && picker.getScene().getFocusOwner() instanceof TextField f && "search".equals(f.getId()));
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingASearchAndASpaceChangesNothingAndEscapeShowsTheZoneAgain() throws Exception {
        openAndType("new");
        assertThat(changes).as("while filtering").isEmpty();
        openAndTypeMore(" ");
        assertThat(changes).as("after a space").isEmpty();

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !picker.isShowing());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(changes).isEmpty();
        assertThat(model.get()).isEqualTo("Europe/Rome");
        assertThat(picker.getValue()).as("the field shows the zone again").isEqualTo("Europe/Rome");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Rome, UTC+01:00".equals(shownText()));
    }

    /** What the closed picker shows: its button cell's text (blank in a real window after Escape). */
    private String shownText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.from(picker).lookup(".list-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText()).filter(java.util.Objects::nonNull)
                .findFirst().orElse("")).get();
    }

    @Test
    void aZoneFoundAndTakenWithEnterIsTheOneChange() throws Exception {
        openAndType("tokyo");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !picker.isShowing());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(changes).containsExactly("Asia/Tokyo");
        assertThat(picker.getValue()).isEqualTo("Asia/Tokyo");
    }

    /**
     * Seen in a real window: "tok" and Enter took Vostok (first from the west), with no row
     * highlighted to say so. The row whose name starts with what was typed is highlighted, and
     * Enter takes it.
     */
    @Test
    void enterTakesTheZoneWhoseNameStartsWithWhatWasTyped() throws Exception {
        openAndType("tok");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Asia/Tokyo".equals(highlighted()));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !picker.isShowing());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(changes).containsExactly("Asia/Tokyo");
    }

    private Object highlighted() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".list-view").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListView<?> l && l.getScene() != picker.getScene())
                .map(n -> ((javafx.scene.control.ListView<?>) n).getSelectionModel().getSelectedItem())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null)).get();
    }

    @Test
    void aZoneSetElsewhereIsShown() throws Exception {
        robot.interact(() -> model.set("America/New_York"));
        assertThat(picker.getValue()).isEqualTo("America/New_York");
    }

    private void openAndTypeMore(String text) {
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
