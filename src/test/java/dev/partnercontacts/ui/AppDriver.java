package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.App;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real application through the node ids of the UI contract. Every wait is on FX
 * events or on a condition, never on a fixed sleep.
 */
final class AppDriver {

    /** How long a wait may take: generous, because a machine running other builds is slow. */
    static final long TIMEOUT_SECONDS = 30;

    private final FxRobot robot = new FxRobot();
    private final Path db;
    private Application app;

    AppDriver(Path db) {
        this.db = db;
    }

    FxRobot robot() {
        return robot;
    }

    Path db() {
        return db;
    }

    AppDriver launch(String... extra) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        String[] args = new String[extra.length + 1];
        args[0] = "--db=" + db;
        System.arraycopy(extra, 0, args, 1, extra.length);
        app = FxToolkit.setupApplication(App.class, args);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /**
     * Ends the application without the quit question: its windows hidden, {@code stop()} called
     * as the toolkit does, and then waits until the app has closed its data file (its last queued
     * writes done), so that the next launch on the same file starts from what is on disk.
     */
    void close() throws TimeoutException {
        if (app != null) {
            // Hide, not close: a close request would ask "Quit without submitting?".
            // Owned windows first: hiding an owner makes Monocle send its owned windows a close request.
            robot.interact(() -> new java.util.ArrayList<>(Window.getWindows()).stream()
                    .sorted(java.util.Comparator.comparing(w -> w instanceof javafx.stage.Stage st && st.getOwner() == null))
                    .forEach(Window::hide));
            FxToolkit.cleanupApplication(app);
            awaitClosed();
            app = null;
        }
    }

    /** Waits until the application, once stopped, has closed its data file. */
    void awaitClosed() throws TimeoutException {
        try {
            ((App) app).closed().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }

    /** Scrolls the enclosing scroll pane, as a user would, until the node is in view. */
    void reveal(Node node) {
        robot.interact(() -> {
            javafx.scene.control.ScrollPane pane = null;
            for (Parent p = node.getParent(); p != null && pane == null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp) {
                    pane = sp;
                }
            }
            if (pane == null || pane.getContent() == null) {
                return;
            }
            Node content = pane.getContent();
            javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double hidden = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            if (hidden > 0) {
                pane.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 60) / hidden)));
            }
            pane.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves a window to the screen's corner at this size, as a user dragging its edges would. */
    void resize(javafx.stage.Stage stage, double width, double height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    Optional<Parent> gate() {
        return Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene().getRoot())
                .filter(r -> "contactGate".equals(r.getId()))
                .findFirst();
    }

    Parent gateRoot() {
        return gate().orElseThrow(() -> new AssertionError("the contact gate is not showing"));
    }

    Parent mainRoot() {
        return Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene().getRoot())
                .filter(r -> "mainWindow".equals(r.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("the main window is not showing"));
    }

    TabPane mainTabs() {
        return robot.from(mainRoot()).lookup("#mainTabs").queryAs(TabPane.class);
    }

    /** A node of the main window, by its ui-contract id. */
    Node inMain(String id) {
        return robot.from(mainRoot()).lookup("#" + id).query();
    }

    /** Selects a tab of the main window ({@code homeTab}, {@code configurationTab}…), building its page. */
    void openTab(String tabId) {
        TabPane tabs = mainTabs();
        Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    <T extends Node> T inGate(String id, Class<T> type) {
        return robot.from(gateRoot()).lookup("#" + id).queryAs(type);
    }

    Node inGate(String id) {
        return inGate(id, Node.class);
    }

    String text(String id) {
        Node n = inGate(id);
        return n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText();
    }

    /** Clicks a field, replaces its content by typing, and leaves it with Tab. */
    AppDriver type(String id, String text) {
        TextInputControl field = inGate(id, TextInputControl.class);
        reveal(field);
        robot.clickOn(field);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.eraseText(1);
        robot.write(text);
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    AppDriver click(String id) {
        Node node = inGate(id);
        reveal(node);
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Opens a combo box in the gate and clicks the item showing {@code label}. */
    AppDriver choose(String id, String label) {
        ComboBox<?> combo = inGate(id, ComboBox.class);
        reveal(combo);
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup(".list-cell").match((ListCell<?> c) -> label.equals(c.getText()))
                .queryAs(ListCell.class);
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.getConverter() == null ? String.valueOf(combo.getValue())
                : ((javafx.util.StringConverter<Object>) combo.getConverter()).toString(combo.getValue()))
                .isEqualTo(label);
        return this;
    }

    /**
     * Opens a searchable combo box (ControlsFX), types {@code search} into its list's search
     * field and takes the first match with Enter, as a user finding "Tokyo" would.
     */
    void search(ComboBox<?> choice, String search) throws TimeoutException {
        reveal(choice);
        robot.clickOn(choice);
        // The list's search field takes the keys once it has the focus (late on a busy machine).
        waitUntil(() -> choice.isShowing()
                && choice.getScene().getFocusOwner() instanceof javafx.scene.control.TextField f && "search".equals(f.getId()));
        robot.write(search);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    AppDriver selectGateTab(String tabId) {
        TabPane tabs = inGate("gateTabs", TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
        robot.clickOn(robot.from(tabs).lookup(".tab").match((Node n) -> n.getId() != null && n.getId().equals(tabId))
                .tryQuery().orElseGet(() -> robot.from(tabs).lookup(tab.getText()).query()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem()).isSameAs(tab);
        return this;
    }

    boolean errorShown(String fieldId) {
        return robot.from(gateRoot()).lookup("#" + fieldId + "-error").tryQuery()
                .map(Node::isVisible).orElse(false);
    }

    /** Reads the database through a second connection, as another process would see it. */
    <T> T readStore(java.util.function.Function<AccountStore, T> read) {
        try (Database other = Database.open(db)) {
            AccountStore store = new SqliteAccountStore(other, new Users(new Validation("")), Clock.systemUTC());
            return read.apply(store);
        }
    }

    /** Writes a submitted, complete Sandbox account "Acme Tours" with one administrator, before launch. */
    AppDriver withCompleteAccount() {
        try (Database other = Database.open(db)) {
            SqliteAccountStore store = new SqliteAccountStore(other, new Users(new Validation("")), Clock.systemUTC());
            long id = store.currentAccountId();
            store.addUser(id, "Ada", "ada@acme.example", dev.partnercontacts.domain.UserRole.ADMINISTRATOR, "setup");
            store.submit(id, GateUiTest.completeSandboxDetails(), "setup");
        }
        return this;
    }

    /**
     * Adds a second complete Sandbox account with the administrator Gil (gil@globex.example)
     * before launch; {@code useIt} makes it the account used last.
     */
    AppDriver withAnotherCompleteAccount(String name, String partnerId, boolean useIt) {
        try (Database other = Database.open(db)) {
            SqliteAccountStore store = new SqliteAccountStore(other, new Users(new Validation("")), Clock.systemUTC());
            long id = store.createAccount("setup").id();
            store.addUser(id, "Gil", "gil@globex.example", dev.partnercontacts.domain.UserRole.ADMINISTRATOR, "setup");
            ContactDetails details = GateUiTest.completeSandboxDetails();
            store.submit(id, details.withSettings(new dev.partnercontacts.domain.AccountSettings(name, partnerId,
                    details.settings().integration(), details.settings().environment())), "setup");
            if (useIt) {
                store.useAccount(id);
            }
        }
        return this;
    }

    /** The key of the account used last, read as another process would. */
    String readStoreKey() {
        return readStore(r -> {
            long id = r.currentAccountId();
            return r.accounts().stream().filter(a -> a.id() == id).findFirst().orElseThrow().key();
        });
    }

    Optional<ContactDetails> storedDraft() {
        return readStore(r -> r.loadDraft(r.currentAccountId()));
    }

    /**
     * Waits until the condition holds, reading it on the FX thread: a condition read on the test's
     * thread can catch the windows in the middle of an update (the switcher's list already
     * without the removed account, its value not yet moved on), which no user ever sees.
     */
    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFxThread(condition));
    }

    /** Waits until a condition about the process, not the windows, holds (the FX thread has ended). */
    static void waitUntilOutsideFx(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
    }

    /** Reads something on the FX thread, where the windows are never half updated. */
    static <T> T onFxThread(Callable<T> read) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(read);
        javafx.application.Platform.runLater(task);
        try {
            return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * Waits until the start-up backup of a file that had none is made: one finished backup, and
     * none in the making. Counting before it is done counted a backup's temporary files, and a
     * backup made later seemed not to have been made (AccountsUiTest failed once under load).
     */
    void awaitStartupBackup() throws TimeoutException {
        waitUntilOutsideFx(() -> !dev.partnercontacts.storage.Backups.of(db()).list().isEmpty() && backupCount()
                == dev.partnercontacts.storage.Backups.of(db()).list().size());
    }

    /** How many files the data file's backup folder holds (0 when there is no folder yet). */
    long backupCount() throws java.io.IOException {
        Path folder = dev.partnercontacts.storage.Backups.of(db()).folder();
        if (!java.nio.file.Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = java.nio.file.Files.list(folder)) {
            return files.count();
        }
    }
}
