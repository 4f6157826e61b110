package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * The extension the UI tests share: after a test, however it ended, no window of the app is left
 * showing and the test's folder is gone, also when the test closed its app and launched it again.
 */
class AppDriversTest {

    @Test
    void afterATestEveryAppItHandedOutIsClosedAndTheFolderDeleted() throws Exception {
        AppDrivers apps = new AppDrivers();
        apps.beforeEach(null);
        Path dir = apps.dir();
        apps.driver("relaunched.db").launch("--locale=en").close();
        AppDriver open = apps.driver("relaunched.db").launch("--locale=en");
        apps.driver("never-launched.db");
        assertThat(open.gate()).as("a test that failed before closing its app").isPresent();

        apps.afterEach(null);

        assertThat(AppDriver.onFxThread(() -> Window.getWindows().stream().noneMatch(Window::isShowing))).isTrue();
        assertThat(dir).doesNotExist();
    }
}
