package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.storage.Backups;
import dev.partnercontacts.storage.Database;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings → Restore (issue 15), through the ui-contract ids: the backups listed with their
 * accounts, a confirmation whose default keeps the current data, the app open again on the
 * restored file with the old one kept beside it; a damaged backup refused where it was chosen.
 */
class RestoreBackupUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;

    /** One complete account, backed up; then a second account, not in the backup. */
    private Backups.Backup oneAccountBackedUpThenTwo(Path db) {
        app = apps.driver(db).withCompleteAccount();
        Backups.Backup backup;
        try (Database open = Database.open(db)) {
            backup = Backups.of(db).make(open);
        }
        app.withAnotherCompleteAccount("Globex", "4242", false);
        // This workstation's choices since the backup: they are the user's, not the data's.
        app.readStore(r -> {
            r.putSetting(SettingKeys.HOME_ZONE, "Asia/Tokyo");
            r.putSetting(SettingKeys.AUTHOR_NAME, "Rita Restorer");
            r.putSetting(SettingKeys.PHONE_REGION, "IT");
            return null;
        });
        return backup;
    }

    private void openSettings() throws Exception {
        app.openTab("configurationTab");
        TabPane inner = (TabPane) app.inMain("configurationTabs");
        Tab settings = inner.getTabs().stream().filter(t -> "settingsTab".equals(t.getId())).findFirst().orElseThrow();
        app.robot().interact(() -> inner.getSelectionModel().select(settings));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> backupsList() {
        return (ListView<Object>) app.inMain("backupsList");
    }

    private void chooseTheBackupAndRestore() throws Exception {
        AppDriver.waitUntil(() -> !backupsList().getItems().isEmpty());
        Button restore = (Button) app.inMain("restoreBackupButton");
        assertThat(restore.isDisabled()).as("without a selection").isTrue();
        app.reveal(backupsList());
        app.robot().clickOn(app.robot().from(backupsList()).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getItem() != null).queryAs(ListCell.class));
        AppDriver.waitUntil(() -> !restore.isDisabled());
        app.robot().clickOn(restore);
        AppDriver.waitUntil(() -> app.robot().lookup("#confirmRestoreButton").tryQuery().isPresent());
    }

    private List<Path> keptBeside() throws Exception {
        try (Stream<Path> files = Files.list(app.db().getParent())) {
            return files.filter(f -> f.getFileName().toString().contains(".replaced-"))
                    .filter(f -> !f.getFileName().toString().endsWith(".lock")).toList();
        }
    }

    @Test
    void aChosenBackupIsPutBackAndTheCurrentFileKeptBesideIt() throws Exception {
        Path db = apps.dir().resolve("restore.db");
        oneAccountBackedUpThenTwo(db);
        app.launch("--locale=en");
        openSettings();
        AppDriver.waitUntil(() -> backupsList().getItems().size() == 1);
        String shown = app.robot().from(backupsList()).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getItem() != null).queryAs(ListCell.class).getText();
        assertThat(shown).endsWith("· 1 account");
        javafx.stage.Stage stage = (javafx.stage.Stage) app.mainRoot().getScene().getWindow();
        app.resize(stage, 1000, 700);

        chooseTheBackupAndRestore();
        Button keep = app.robot().lookup("#cancelRestoreButton").queryAs(Button.class);
        assertThat(keep.isDefaultButton()).as("Enter keeps the current data").isTrue();
        assertThat(app.robot().lookup("#confirmRestoreButton").queryAs(Button.class).isDefaultButton()).isFalse();
        app.robot().clickOn(app.robot().lookup("#confirmRestoreButton").queryAs(Button.class));

        AppDriver.waitUntil(() -> app.robot().lookup("#restoredNotice").tryQuery().isPresent());
        int accounts = app.readStore(r -> r.accounts().size());
        assertThat(accounts).as("the backup's accounts").isEqualTo(1);
        List<Optional<String>> workstation = app.readStore(r -> List.of(r.setting(SettingKeys.HOME_ZONE),
                r.setting(SettingKeys.AUTHOR_NAME), r.setting(SettingKeys.PHONE_REGION)));
        assertThat(workstation).as("this workstation's settings, kept")
                .containsExactly(Optional.of("Asia/Tokyo"), Optional.of("Rita Restorer"), Optional.of("IT"));
        assertThat(keptBeside()).singleElement().satisfies(kept -> {
            try (Database old = Database.open(kept)) {
                assertThat(old.file()).exists();
            }
        });
        AppDriver.waitUntil(() -> app.robot().from(app.mainRoot()).lookup("#accountSwitcher").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> switcher = (javafx.scene.control.ComboBox<?>) app.inMain("accountSwitcher");
        AppDriver.waitUntil(() -> switcher.getItems().size() == 1);
        assertThat(AppDriver.onFxThread(() -> List.of(stage.getWidth(), stage.getHeight())))
                .as("the window keeps its size").containsExactly(1000.0, 700.0);
        assertThat(AppDriver.onFxThread(() -> app.mainRoot().getScene().getWidth()))
                .as("the new scene fills the window, no more").isEqualTo(1000.0);
    }

    @Test
    void aDamagedBackupIsRefusedWhereItWasChosenAndNothingChanges() throws Exception {
        Path db = apps.dir().resolve("damaged.db");
        Backups.Backup backup = oneAccountBackedUpThenTwo(db);
        try (RandomAccessFile raf = new RandomAccessFile(backup.file().toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        app.launch("--locale=en");
        openSettings();

        chooseTheBackupAndRestore();
        app.robot().clickOn(app.robot().lookup("#confirmRestoreButton").queryAs(Button.class));

        Label status = (Label) app.inMain("backupsStatus");
        AppDriver.waitUntil(() -> status.getText().startsWith("Not restored"));
        assertThat(status.getText()).contains("damaged");
        int accounts = app.readStore(r -> r.accounts().size());
        assertThat(accounts).isEqualTo(2);
        assertThat(keptBeside()).isEmpty();
    }
}
