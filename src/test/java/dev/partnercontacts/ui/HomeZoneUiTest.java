package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.SettingKeys;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: Home's time-zone picker was a different widget from the gate's (no filter, cut
 * names, a short list) and was forgotten after a restart. It is the gate's searchable picker,
 * and the chosen zone is kept in the data file's settings ({@link SettingKeys#HOME_ZONE}).
 */
class HomeZoneUiTest {

    @TempDir
    Path dir;

    private AppDriver app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> homeZone() {
        return (ComboBox<String>) app.inMain("homeZone");
    }

    private String caption() throws Exception {
        return AppDriver.onFxThread(() -> ((Label) app.inMain("homeCoverageCaption")).getText());
    }

    @Test
    void theChosenZoneIsFoundByTypingAndKeptAcrossARestart() throws Exception {
        app = new AppDriver(dir.resolve("zone.db")).withCompleteAccount().launch("--locale=en");
        app.openTab("homeTab");
        assertThat(homeZone()).as("the gate's searchable picker").isInstanceOf(SearchableComboBox.class);

        app.search(homeZone(), "tokyo");

        AppDriver.waitUntil(() -> "Asia/Tokyo".equals(homeZone().getValue()));
        assertThat(caption()).contains("Asia/Tokyo");
        assertThat(AppDriver.onFxThread(() -> homeZone().getConverter().toString("Asia/Tokyo")))
                .as("the gate's names: place, zone name, offset").startsWith("Tokyo — ").endsWith("UTC+09:00");
        AppDriver.waitUntilOutsideFx(() -> app.readStore(r -> r.setting(SettingKeys.HOME_ZONE)).equals(Optional.of("Asia/Tokyo")));

        app.close();
        app = new AppDriver(dir.resolve("zone.db")).launch("--locale=en");
        app.openTab("homeTab");

        AppDriver.waitUntil(() -> "Asia/Tokyo".equals(homeZone().getValue()));
        assertThat(caption()).contains("Asia/Tokyo");
    }

    @Test
    void aStoredZoneThatIsNoLongerKnownFallsBackToThisComputersZone() throws Exception {
        AppDriver driver = new AppDriver(dir.resolve("unknown.db")).withCompleteAccount();
        driver.readStore(r -> {
            r.putSetting(SettingKeys.HOME_ZONE, "Mars/Olympus_Mons");
            return null;
        });
        app = driver.launch("--locale=en");
        app.openTab("homeTab");

        String here = java.time.ZoneId.systemDefault().getId();
        AppDriver.waitUntil(() -> here.equals(homeZone().getValue()));
        assertThat(caption()).contains(here);
    }
}
