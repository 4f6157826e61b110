package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.SettingKeys;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15: Home's time-zone picker was a different widget from the gate's (no filter, cut
 * names, a short list) and was forgotten after a restart. It is the gate's searchable picker,
 * and the chosen zone is kept in the data file's settings ({@link SettingKeys#HOME_ZONE}).
 */
class HomeZoneUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    @SuppressWarnings("unchecked")
    private ComboBox<String> homeZone() {
        return (ComboBox<String>) app.inMain("homeZone");
    }

    private String caption() throws Exception {
        return AppDriver.onFxThread(() -> ((Label) app.inMain("homeCoverageCaption")).getText());
    }

    @Test
    void theChosenZoneIsFoundByTypingAndKeptAcrossARestart() throws Exception {
        app = apps.driver("zone.db").withCompleteAccount().launch("--locale=en");
        app.openTab("homeTab");
        assertThat(homeZone()).as("the gate's searchable picker").isInstanceOf(SearchableComboBox.class);

        app.search(homeZone(), "tokyo");

        AppDriver.waitUntil(() -> "Asia/Tokyo".equals(homeZone().getValue()));
        assertThat(caption()).contains("Asia/Tokyo");
        assertThat(AppDriver.onFxThread(() -> homeZone().getConverter().toString("Asia/Tokyo")))
                .as("the gate's names: place, zone name, offset").startsWith("Tokyo — ").endsWith("UTC+09:00");
        AppDriver.waitUntilOutsideFx(() -> app.readStore(r -> r.setting(SettingKeys.HOME_ZONE)).equals(Optional.of("Asia/Tokyo")));

        app.close();
        app = apps.driver("zone.db").launch("--locale=en");
        app.openTab("homeTab");

        AppDriver.waitUntil(() -> "Asia/Tokyo".equals(homeZone().getValue()));
        assertThat(caption()).contains("Asia/Tokyo");
    }

    /**
     * Seen in a real window at 1024x768: with the picker near the screen's bottom its list opens
     * above it, and once typing shrank the list, the list slid down over the search field, hiding
     * what was typed.
     */
    @Test
    void theTypedSearchStaysInViewWhenTheListOpensAbovePicker() throws Exception {
        app = apps.driver("above.db").withCompleteAccount().launch("--locale=en");
        app.openTab("homeTab");
        javafx.stage.Stage stage = (javafx.stage.Stage) app.mainRoot().getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        ComboBox<String> picker = homeZone();
        app.reveal(picker);
        // The picker 40 px above the screen's bottom: no room for the list under it.
        app.robot().interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(720);
        });
        app.reveal(picker);
        app.robot().interact(() -> stage.setY(stage.getY() + screen.getMaxY() - 40
                - picker.localToScreen(picker.getBoundsInLocal()).getMaxY()));

        app.robot().clickOn(picker);
        AppDriver.waitUntil(() -> picker.isShowing()
                && picker.getScene().getFocusOwner() instanceof javafx.scene.control.TextField f && "search".equals(f.getId()));
        javafx.scene.control.TextField search = (javafx.scene.control.TextField) picker.getScene().getFocusOwner();
        app.robot().write("tok");
        AppDriver.waitUntil(() -> search.getText().equals("tok"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        javafx.geometry.Bounds field = AppDriver.onFxThread(() -> search.localToScreen(search.getBoundsInLocal()));
        javafx.stage.Window list = AppDriver.onFxThread(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()).findFirst().orElseThrow());
        AppDriver.waitUntil(() -> list.getY() + list.getHeight() <= field.getMinY() + 1 || list.getY() >= field.getMaxY() - 1);
        assertThat(AppDriver.onFxThread(() -> list.getY() < field.getMinY())).as("the list opened above the picker").isTrue();
    }

    @Test
    void aStoredZoneThatIsNoLongerKnownFallsBackToThisComputersZone() throws Exception {
        AppDriver driver = apps.driver("unknown.db").withCompleteAccount();
        driver.readStore(r -> {
            r.putSetting(SettingKeys.HOME_ZONE, "Mars/Olympus_Mons");
            return null;
        });
        app = driver.launch("--locale=en");
        app.openTab("homeTab");

        String here = dev.partnercontacts.domain.Zones.thisComputer().getId();
        AppDriver.waitUntil(() -> here.equals(homeZone().getValue()));
        assertThat(caption()).contains(here);
    }
}
