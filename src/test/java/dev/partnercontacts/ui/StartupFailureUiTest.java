package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Backups;
import dev.partnercontacts.storage.ChildJvm;
import dev.partnercontacts.storage.Damage;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.HeldChecks;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.storage.StorageProbe;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up dialog when the data file cannot be used: it names the file and says what to do,
 * never with a stack trace, and offers what can be done — open read-only when another instance
 * has the file, restore the newest backup when the file is damaged.
 */
class StartupFailureUiTest {

    @RegisterExtension
    final AppDrivers apps = new AppDrivers();

    private AppDriver app;
    private Process holder;

    @AfterEach
    void tearDown() throws Exception {
        if (holder != null) {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }

    /** A database with complete, submitted details, so the app opens unlocked. */
    private Path completeDatabase(boolean withBackup) {
        Path file = apps.dir().resolve("data").resolve("contacts.db");
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
            long id = store.currentAccountId();
            store.addUser(id, "Ada Admin", "ada@example.com", UserRole.ADMINISTRATOR, "test");
            store.submit(id, Fixtures.complete(), "test");
            store.backUpAfterSubmit();
            if (withBackup) {
                Backups.of(file).make(db);
            }
        }
        return file;
    }

    private Optional<DialogPane> startupDialog() {
        return app.robot().lookup("#startupFailure").tryQueryAs(DialogPane.class).filter(Node::isVisible);
    }

    private DialogPane waitForStartupDialog() throws Exception {
        AppDriver.waitUntil(() -> startupDialog().isPresent());
        return startupDialog().orElseThrow();
    }

    private Optional<Button> button(DialogPane pane, String id) {
        return app.robot().from(pane).lookup("#" + id).tryQueryAs(Button.class);
    }

    private static void assertNoStackTrace(String text) {
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at dev.")
                .doesNotContain("at java.").doesNotContain("SQLITE_");
    }

    private boolean mainWindowShowing() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .anyMatch(w -> w.getScene() != null && "mainWindow".equals(w.getScene().getRoot().getId()));
    }

    private static byte[][] bytes(Path... files) throws Exception {
        byte[][] all = new byte[files.length][];
        for (int i = 0; i < files.length; i++) {
            all[i] = Files.exists(files[i]) ? Files.readAllBytes(files[i]) : null;
        }
        return all;
    }

    @Test
    void aFileInUseByAnotherProcessOffersReadOnlyAndTheAppThenWritesNothing() throws Exception {
        Path file = completeDatabase(false);
        holder = ChildJvm.start(apps.dir(), StorageProbe.class, "hold", file.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as(ChildJvm.stderrTail(apps.dir())).isEqualTo("HOLDING");
        }
        Path wal = file.resolveSibling("contacts.db-wal");
        byte[][] before = bytes(file, wal);

        app = apps.driver(file).launch("--locale=en");
        DialogPane dialog = waitForStartupDialog();

        assertThat(dialog.getHeaderText()).isEqualTo("The data file is already open");
        assertThat(dialog.getContentText()).contains(file.toString()).contains("another Partner Contacts window")
                .contains("read-only");
        assertNoStackTrace(dialog.getContentText());
        assertThat(button(dialog, "openReadOnlyButton")).isPresent();
        assertThat(button(dialog, "quitButton")).isPresent();
        assertThat(button(dialog, "restoreBackupButton")).isEmpty();
        assertThat(mainWindowShowing()).isFalse();

        app.robot().clickOn(button(dialog, "openReadOnlyButton").orElseThrow());
        AppDriver.waitUntil(this::mainWindowShowing);
        WaitForAsyncUtils.waitForFxEvents();

        Stage main = (Stage) app.mainRoot().getScene().getWindow();
        assertThat(main.getTitle()).endsWith("Partner Contacts (read-only)");
        javafx.scene.control.Label notice = app.robot().from(app.mainRoot()).lookup("#mainNotice").queryAs(javafx.scene.control.Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains(file.toString()).contains("open read-only");
        assertThat(app.gate()).isEmpty();
        assertThat(app.mainTabs().getTabs()).noneMatch(Tab::isDisabled);
        assertThat(startupDialog()).isEmpty();
        byte[][] after = bytes(file, wal);
        assertThat(Arrays.deepEquals(before, after)).as("the file and its log are unchanged").isTrue();
        assertThat(Files.exists(file.resolveSibling("backups"))).as("no backup made in read-only mode").isFalse();
    }

    @Test
    void afterOpeningReadOnlyTheWindowsTakeTheLanguageAndLookSavedInTheFile() throws Exception {
        Path file = completeDatabase(false);
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
            store.putSettings(java.util.Map.of(dev.partnercontacts.domain.SettingKeys.LOCALE, "it",
                    dev.partnercontacts.domain.SettingKeys.THEME, "dark"));
        }
        holder = ChildJvm.start(apps.dir(), StorageProbe.class, "hold", file.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("HOLDING");
        }
        // The system speaks English: the dialog cannot know what the file says until it is opened.
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
        try {
            app = apps.driver(file).launch();
            DialogPane dialog = waitForStartupDialog();
            assertThat(dialog.getHeaderText()).isEqualTo("The data file is already open");

            app.robot().clickOn(button(dialog, "openReadOnlyButton").orElseThrow());
            AppDriver.waitUntil(this::mainWindowShowing);
            WaitForAsyncUtils.waitForFxEvents();

            Stage main = (Stage) app.mainRoot().getScene().getWindow();
            assertThat(main.getTitle()).endsWith("Partner Contacts (sola lettura)");
            assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");
        } finally {
            app.robot().interact(dev.partnercontacts.ui.common.Theme.LIGHT::apply);
        }
    }

    @Test
    void theInUseDialogSpeaksItalian() throws Exception {
        Path file = completeDatabase(false);
        holder = ChildJvm.start(apps.dir(), StorageProbe.class, "hold", file.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("HOLDING");
        }

        app = apps.driver(file).launch("--locale=it");
        DialogPane dialog = waitForStartupDialog();

        assertThat(dialog.getHeaderText()).isEqualTo("Il file dei dati è già aperto");
        assertThat(dialog.getContentText()).contains(file.toString()).contains("un'altra finestra");
        assertThat(button(dialog, "openReadOnlyButton").map(Button::getText)).contains("Apri in sola lettura");
        assertThat(button(dialog, "quitButton").map(Button::getText)).contains("Esci");
    }

    @Test
    void aDamagedFileWithABackupOffersARestoreThatBringsTheDataBack() throws Exception {
        Path file = completeDatabase(true);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        byte[] damaged = Files.readAllBytes(file);

        app = apps.driver(file).launch("--locale=en");
        DialogPane dialog = waitForStartupDialog();

        assertThat(dialog.getHeaderText()).isEqualTo("The data file cannot be opened");
        assertThat(dialog.getContentText()).contains(file.toString()).contains("is damaged").contains("left unchanged")
                .contains("A backup made on");
        assertNoStackTrace(dialog.getContentText());
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        assertThat(button(dialog, "openReadOnlyButton")).isEmpty();

        app.robot().clickOn(button(dialog, "restoreBackupButton").orElseThrow());
        AppDriver.waitUntil(this::mainWindowShowing);
        AppDriver.waitUntil(() -> app.robot().lookup("#restoredNotice").tryQuery().isPresent());

        assertThat(app.gate()).isEmpty();
        assertThat(app.mainTabs().getTabs()).noneMatch(Tab::isDisabled);
        DialogPane notice = app.robot().lookup("#restoredNotice").queryAs(DialogPane.class);
        assertThat(notice.getContentText()).contains("restored from the backup").contains(".replaced-");
        List<Path> kept;
        try (Stream<Path> files = Files.list(file.getParent())) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("contacts.db.replaced-")).toList();
        }
        assertThat(kept).singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(damaged));
    }

    @Test
    void damageOnlyTheIntegrityCheckFindsOpensTheWindowsAtOnceThenGivesWayToTheRestore() throws Exception {
        Path file = completeDatabase(true);
        Damage.inTheFreelist(file);
        byte[] damaged = Files.readAllBytes(file);

        try (HeldChecks checks = HeldChecks.install()) {
            app = apps.driver(file).launch("--locale=en");
            // The windows do not wait for the check, which reads the whole file.
            AppDriver.waitUntil(this::mainWindowShowing);
            // It starts after the first frame.
            AppDriver.waitUntil(() -> checks.waiting() == 1);
            assertThat(startupDialog()).isEmpty();

            checks.release();
            DialogPane dialog = waitForStartupDialog();

            assertThat(dialog.getContentText()).contains(file.toString()).contains("is damaged")
                    .contains("A backup made on");
            assertNoStackTrace(dialog.getContentText());
            AppDriver.waitUntil(() -> !mainWindowShowing());
            assertThat(Files.readAllBytes(file)).as("nothing written before or after the check").isEqualTo(damaged);

            app.robot().clickOn(button(dialog, "restoreBackupButton").orElseThrow());
            AppDriver.waitUntil(this::mainWindowShowing);
            AppDriver.waitUntil(() -> app.robot().lookup("#restoredNotice").tryQuery().isPresent());
        }
        assertThat(app.gate()).isEmpty();
        assertThat(app.mainTabs().getTabs()).noneMatch(Tab::isDisabled);
        List<Path> kept;
        try (Stream<Path> files = Files.list(file.getParent())) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("contacts.db.replaced-")).toList();
        }
        assertThat(kept).singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(damaged));
    }

    @Test
    void aFileThatIsNotADatabaseAndNoBackupOnlyExplains() throws Exception {
        Path file = Files.createDirectories(apps.dir().resolve("data")).resolve("contacts.db");
        Files.writeString(file, "Shopping list: milk, eggs\n".repeat(100));
        byte[] before = Files.readAllBytes(file);

        app = apps.driver(file).launch("--locale=en");
        DialogPane dialog = waitForStartupDialog();

        assertThat(dialog.getContentText()).contains(file.toString()).contains("is not a Partner Contacts data file")
                .contains("--db=PATH");
        assertNoStackTrace(dialog.getContentText());
        assertThat(button(dialog, "quitButton")).isPresent();
        assertThat(button(dialog, "restoreBackupButton")).isEmpty();
        assertThat(button(dialog, "openReadOnlyButton")).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("contacts.db");
        }
    }
}
