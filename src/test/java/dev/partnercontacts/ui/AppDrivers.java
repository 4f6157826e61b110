package dev.partnercontacts.ui;

import dev.partnercontacts.TempFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The setup every UI test shares: a new empty folder for its data files, and the {@link AppDriver}s
 * it starts there, all closed after the test. Registered on an instance field:
 * <pre>{@code @RegisterExtension final AppDrivers apps = new AppDrivers();}</pre>
 *
 * <p>Before each test the extension makes a new temporary folder ({@link #dir()}). After each
 * test, passed or failed, it closes every driver it handed out ({@link #driver(String)},
 * {@link #driver(Path)}), in the order handed out, and then deletes the folder. A driver the test
 * closed itself (to relaunch on the same file, say) is closed again harmlessly:
 * {@link AppDriver#close()} does nothing the second time.
 *
 * <p>JUnit runs a test's own {@code @AfterEach} methods before an extension's
 * {@link AfterEachCallback}, so extra teardown there (putting the light theme back) still finds the
 * application open.
 */
final class AppDrivers implements BeforeEachCallback, AfterEachCallback {

    private final List<AppDriver> handedOut = new ArrayList<>();
    private TempFolder dir;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = TempFolder.create("partnercontacts-ui-");
    }

    /**
     * This test's folder: new and empty when the test starts, deleted after it.
     *
     * @throws IllegalStateException outside a test (in a static method source, say)
     */
    Path dir() {
        if (dir == null) {
            throw new IllegalStateException("AppDrivers has no folder outside a test: register it with @RegisterExtension");
        }
        return dir.path();
    }

    /**
     * A driver of the application on a data file in this test's folder, closed after the test.
     *
     * @param file the data file's path relative to {@link #dir()}, e.g. {@code "contacts.db"} or
     *             {@code "data/contacts.db"}
     */
    AppDriver driver(String file) {
        return driver(dir().resolve(file));
    }

    /**
     * A driver of the application on this data file, closed after the test.
     *
     * @param db the data file; usually in {@link #dir()}, which is deleted after the test
     */
    AppDriver driver(Path db) {
        AppDriver driver = new AppDriver(db);
        handedOut.add(driver);
        return driver;
    }

    /**
     * Closes every driver handed out, in order, then deletes the folder. A driver that fails to close does
     * not keep the others open: the first failure is thrown once all were tried, the later ones
     * suppressed in it.
     */
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        List<AutoCloseable> toClose = new ArrayList<>();
        handedOut.forEach(driver -> toClose.add(driver::close));
        handedOut.clear();
        if (dir != null) {
            toClose.add(dir);
            dir = null;
        }
        Exception failure = null;
        for (AutoCloseable c : toClose) {
            try {
                c.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
