package dev.partnercontacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What stopping leaves behind. The CI failure of {@code SyncUiTest} under load was a timer of an
 * earlier test's app (the automatic sync, planned while that app ran) firing after the app had
 * stopped and shut its sync thread down: a {@code RejectedExecutionException} on the FX thread,
 * in the middle of the next test.
 */
class AppLifecycleUiTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    private static <T> T onFx(Callable<T> read) throws Exception {
        FutureTask<T> task = new FutureTask<>(read);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }

    private Parent mainRoot() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(r -> "mainWindow".equals(r.getId())).findFirst().orElseThrow();
    }

    @Test
    void noTimerOfTheWindowsOutlivesTheAppAndTheFileClosesAfterTheLastWrite() throws Exception {
        Path file = dir.resolve("lifecycle.db");
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
            long id = store.currentAccountId();
            store.addUser(id, "Ada", "ada@acme.example", UserRole.ADMINISTRATOR, "setup");
            store.submit(id, dev.partnercontacts.domain.Fixtures.complete(), "setup");
        }
        FxToolkit.registerPrimaryStage();
        App app = (App) FxToolkit.setupApplication(App.class, "--db=" + file, "--locale=en");
        WaitForAsyncUtils.waitForFxEvents();

        // A sync that cannot reach its server plans the next attempt: a timer is waiting.
        robot.clickOn(robot.from(mainRoot()).lookup("Sync").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        for (String[] field : new String[][] {{"serverUrl", "http://127.0.0.1:9"}, {"serverUser", "ada"},
                {"serverPassword", "secret"}}) {
            TextInputControl input = robot.from(mainRoot()).lookup("#" + field[0]).queryAs(TextInputControl.class);
            robot.interact(() -> input.setText(field[1]));
        }
        robot.clickOn(robot.from(mainRoot()).lookup("#syncNowButton").queryAs(Node.class));
        Label state = robot.from(mainRoot()).lookup("#syncState").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> state.getText().startsWith("Offline")));
        assertThat(onFx(app::pendingTimers)).as("the next automatic sync is planned").isPositive();

        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .sorted(Comparator.comparing(w -> w instanceof Stage st && st.getOwner() == null))
                .forEach(Window::hide));
        FxToolkit.cleanupApplication(app);

        assertThat(onFx(app::pendingTimers)).as("no timer of the stopped app is left to fire").isZero();
        app.closed().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
