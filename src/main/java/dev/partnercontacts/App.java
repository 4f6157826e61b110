package dev.partnercontacts;

import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.ui.activity.ActivityView;
import dev.partnercontacts.ui.activity.ActivityViewModel;
import dev.partnercontacts.ui.app.GateWindow;
import dev.partnercontacts.ui.app.QuitFlow;
import dev.partnercontacts.ui.app.StartupFailureDialog;
import dev.partnercontacts.ui.app.WindowPlacement;
import dev.partnercontacts.ui.common.AccountSession;
import dev.partnercontacts.ui.common.AlertDialogs;
import dev.partnercontacts.ui.common.Debouncer;
import dev.partnercontacts.ui.common.Dialogs;
import dev.partnercontacts.ui.common.FileDialogs;
import dev.partnercontacts.ui.common.FxTaskRunner;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.SupportContact;
import dev.partnercontacts.ui.configuration.ConfigurationView;
import dev.partnercontacts.ui.configuration.SettingsViewModel;
import dev.partnercontacts.ui.form.ContactEditorViewModel;
import dev.partnercontacts.ui.form.ContactFormView;
import dev.partnercontacts.ui.form.ContactFormViewModel;
import dev.partnercontacts.ui.gate.GateDialogView;
import dev.partnercontacts.ui.home.HomeView;
import dev.partnercontacts.ui.home.HomeViewModel;
import dev.partnercontacts.ui.main.AccountsViewModel;
import dev.partnercontacts.ui.main.MainWindowView;
import dev.partnercontacts.ui.sync.BundleViewModel;
import dev.partnercontacts.ui.sync.StartDialogs;
import dev.partnercontacts.ui.sync.SyncView;
import dev.partnercontacts.ui.sync.SyncViewModel;
import dev.partnercontacts.ui.common.StartupClock;
import dev.partnercontacts.ui.common.Theme;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.ui.users.UsersView;
import dev.partnercontacts.ui.users.UsersViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: reads the command line, has the data file read off the FX thread
 * ({@link #init}), then builds the services and hands them to the windows. What the windows do —
 * start-up failures, the gate, quitting — lives in classes of its own under {@code ui.app}.
 */
public class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static final Duration DRAFT_DELAY = Duration.millis(400);
    private static final Duration SEARCH_DELAY = Duration.millis(250);

    private AppArguments arguments;
    private Locale systemLocale;
    private Validation validation;
    private SupportContact support;
    private StartupLoader loader;
    private StartupLoader.Loaded loaded;
    private StartupLoader.Failed failed;
    private Theme theme = Theme.SYSTEM;

    private Messages messages;
    private FxTaskRunner runner;
    private AccountSession session;
    private QuitFlow quitFlow;
    private GateWindow gateWindow;
    private ContactEditorViewModel configEditor;
    private ConfigurationView configurationView;
    private SyncWiring syncWiring;
    private SyncViewModel syncModel;
    private StartDialogs startDialogs;
    private Stage mainStage;
    private MainWindowView mainView;
    private boolean firstWindowShown;
    private Database watched;

    public App() {
        // public no-arg constructor: the launch contract
    }

    /** Runs on the launcher thread: all start-up I/O happens here (or ahead), never on the FX thread. */
    @Override
    public void init() {
        Preparation.Prepared p = Preparation.take(getParameters().getRaw());
        arguments = p.arguments();
        systemLocale = p.systemLocale();
        validation = p.validation();
        support = p.support();
        loader = p.loader();
        loaded = p.loaded();
        failed = p.failed();
        theme = p.theme();
    }

    /** The theme and the default phone country chosen in Settings. Blocking I/O, before the first window. */
    private void readLookAndPhoneCountry() {
        theme = Theme.fromSetting(loaded.store().setting(SettingKeys.THEME).orElse(null));
        loaded.store().setting(SettingKeys.PHONE_REGION).filter(r -> !r.isBlank())
                .ifPresent(region -> validation = validation.withDefaultRegion(region));
    }

    @Override
    public void start(Stage stage) {
        theme.apply();
        Locale locale = arguments.locale()
                .or(() -> Optional.ofNullable(loaded).flatMap(StartupLoader.Loaded::savedLocale).map(Locale::forLanguageTag))
                .orElse(systemLocale);
        Locale.setDefault(locale);
        messages = new Messages(locale);
        if (failed != null) {
            showStartupFailure(stage);
            return;
        }
        openWindows(stage);
    }

    private void openWindows(Stage stage) {
        watchIntegrityCheck(loaded);
        runner = new FxTaskRunner();
        Dialogs dialogs = new AlertDialogs(stylesheet());
        session = new AccountSession(loaded.store(), runner, new Gate(validation), loaded.author(), loaded.snapshot());
        quitFlow = QuitFlow.ofPlatform(dialogs, messages, this::flushDrafts);
        Path dataFile = loaded.database().file();
        SyncParts sync = new SyncParts(loaded, validation, runner, session, messages, dialogs, stylesheet());
        syncWiring = sync.wiring();
        syncModel = sync.model();
        startDialogs = sync.start();
        BundleViewModel bundles = sync.bundles();
        AccountsViewModel accounts = new AccountsViewModel(session, dialogs, messages, syncModel.unsentAccounts());
        MainWindowView main = mainView = new MainWindowView(session.locked(), new MainWindowView.Pages(
                () -> new HomeView(new HomeViewModel(session, messages, Clock.systemDefaultZone()), messages,
                        this::editRole).root(),
                () -> configurationPage(dataFile),
                () -> new SyncView(syncModel, bundles, session, dataFile, dialogs, new FileDialogs(messages)::bundle, messages).root(),
                () -> new ActivityView(new ActivityViewModel(loaded.store(), runner, session, messages,
                        Debouncer.fx(SEARCH_DELAY)), messages, new FileDialogs(messages)::activityCsv).root()),
                accounts, syncModel.stateProperty(), messages);
        stage.setTitle(messages.get(loaded.readOnly() ? "app.title.readOnly" : "app.title"));
        stage.setScene(styled(main.root()));
        loaded.mainWindow().flatMap(WindowPlacement::parse).ifPresent(p -> p.applyTo(stage));
        if (loaded.readOnly()) {
            main.showNotice(messages.get("storage.openedReadOnly", dataFile));
        }
        gateWindow = new GateWindow(session, stage, quitFlow, dialogs, messages, accounts, this::gateContent,
                root -> root.getStylesheets().add(stylesheet()), () -> firstWindowShown("contact gate"));
        gateWindow.placeAt(loaded.gateWindow().flatMap(WindowPlacement::parse));
        mainStage = stage;
        stage.setOnCloseRequest(e -> {
            if (quitFlow.isQuitting()) {
                return;
            }
            e.consume();
            if (gateWindow.isShowing()) {
                quitFlow.confirmQuit(gateWindow.stage().orElseThrow());
            } else {
                quitFlow.quit();
            }
        });
        stage.show();
        if (session.locked().get()) {
            gateWindow.show();
        } else {
            firstWindowShown("main window");
        }
    }

    private GateWindow.Content gateContent() {
        ContactEditorViewModel editor = newEditor();
        GateDialogView view = new GateDialogView(editor, messages, new ContactFormView(editor.form(), messages),
                () -> new UsersView(new UsersViewModel(session, new Users(validation), messages), messages).root(),
                support, uri -> getHostServices().showDocument(uri));
        if (loaded.readOnly()) {
            view.showNotice(messages.get("storage.openedReadOnly", loaded.database().file()));
        } else {
            view.offerStart(startDialogs.offer(syncModel));
        }
        return new GateWindow.Content(editor, view);
    }

    /**
     * Settings → Language, at once: what was typed is written as drafts first, the language is
     * stored, and the windows are built again in it from the account as stored; the drafts bring
     * the typing back. The password typed on the Sync tab is carried over.
     */
    private void applyLanguage(String tag) {
        long account = session.accountId();
        String password = syncModel.passwordProperty().get();
        StartupLoader.Loaded current = loaded;
        flushDrafts(() -> runner.run(() -> {
            current.store().putSetting(SettingKeys.LOCALE, tag);
            return AccountSession.Snapshot.read(current.store(), account);
        }, snapshot -> rebuildIn(tag, snapshot, password),
                failure -> LOG.error("The language could not be changed", failure)));
    }

    private void rebuildIn(String tag, AccountSession.Snapshot snapshot, String password) {
        Optional<String> gatePlace = gateWindow.placement().map(WindowPlacement::text);
        // Idle: this runs after the runner's last task.
        closeWindows();
        loaded = new StartupLoader.Loaded(loaded.database(), loaded.store(), snapshot, Optional.of(tag),
                session.authorProperty().get(), loaded.readOnly(), Optional.of(WindowPlacement.of(mainStage).text()),
                gatePlace);
        Locale locale = Locale.forLanguageTag(tag);
        Locale.setDefault(locale);
        messages = new Messages(locale);
        openWindows(mainStage);
        syncModel.passwordProperty().set(password);
        if (!loaded.readOnly()) {
            syncModel.load();
        }
        LOG.info("The windows were built again in {}", tag);
        // Back where the language was chosen.
        mainView.tabs().getTabs().stream().filter(t -> "configurationTab".equals(t.getId())).findFirst()
                .ifPresent(t -> {
                    mainView.tabs().getSelectionModel().select(t);
                    configurationView.showSettings();
                });
    }

    /** Takes down what {@link #openWindows} built, once the runner has finished its queued work. */
    private void closeWindows() {
        gateWindow.dispose();
        syncModel.stop();
        syncWiring.close();
        runner.close();
        configEditor = null;
        configurationView = null;
    }

    /** From Home: the Contact information page, at the role. */
    private void editRole(Role role) {
        mainView.tabs().getTabs().stream().filter(t -> "configurationTab".equals(t.getId())).findFirst()
                .ifPresent(t -> mainView.tabs().getSelectionModel().select(t));
        if (configurationView != null) {
            // After the page has been laid out: a scroll position and focus need its size.
            Platform.runLater(() -> configurationView.showRole(role));
        }
    }

    private Parent configurationPage(Path dataFile) {
        configEditor = newEditor();
        configEditor.open();
        ContactEditorViewModel editor = configEditor;
        session.storedProperty().addListener((o, a, b) -> editor.open());
        session.accountProperty().addListener((o, was, is) -> {
            if (was == null || is == null || was.id() != is.id()) {
                editor.open();
            }
        });
        session.beforeSwitch(() -> editor.flushDraft(() -> { }));
        UsersView users = new UsersView(new UsersViewModel(session, new Users(validation), messages), messages);
        SettingsViewModel settings = new SettingsViewModel(loaded.store(), runner, session, validation, messages, theme,
                validation.defaultRegion(), this::applyLanguage);
        configurationView = new ConfigurationView(configEditor,
                new ContactFormView(configEditor.form(), messages, ContactFormView.Mode.PAGE),
                users.root(), settings, dataFile, uri -> getHostServices().showDocument(uri), messages);
        return configurationView.root();
    }

    private ContactEditorViewModel newEditor() {
        ContactFormViewModel form = new ContactFormViewModel(session.gate(), messages, session.users(),
                ZoneId.systemDefault().getId());
        return new ContactEditorViewModel(session, form, messages, Debouncer.fx(DRAFT_DELAY));
    }

    /** Writes every pending draft, then runs {@code then}. */
    private void flushDrafts(Runnable then) {
        if (configEditor != null) {
            configEditor.flushDraft(() -> { });
        }
        gateWindow.flushDraft(then);
    }

    private void firstWindowShown(String what) {
        if (firstWindowShown) {
            return;
        }
        firstWindowShown = true;
        StartupLoader.Loaded opened = loaded;
        runner.run(() -> {
            StartupLoader.dailyBackup(opened);
            return null;
        }, done -> { }, failure -> LOG.warn("The daily backup failed: {}", failure.toString()));
        if (!loaded.readOnly() && !arguments.smokeTest()) {
            // After the first frame: reading the keychain may take a moment, and nothing waits for it.
            syncModel.load();
        }
        if (arguments.smokeTest()) {
            Stage shown = gateWindow.stage().filter(Stage::isShowing).orElse(mainStage);
            StartupClock.measure(shown, times -> {
                LOG.info("{}", StartupClock.describe(what, times));
                quitFlow.quit();
            });
        }
    }

    /**
     * The file's integrity check may still run after the first window (Database.openCheckingLater).
     * When it fails, the windows give way to the start-up failure dialog, as for a file that fails
     * before; nothing was written to it. Watched once per opened file.
     */
    private void watchIntegrityCheck(StartupLoader.Loaded opened) {
        if (opened.database() == watched) {
            return;
        }
        watched = opened.database();
        loader.whenCheckFails(opened, Platform::runLater, why -> {
            if (loaded.database() == opened.database() && !quitFlow.isQuitting()) {
                failed = why;
                showStartupFailure(mainStage);
                mainStage.hide();
                // The runner's waiting work fails at once: the check has failed.
                closeWindows();
                gateWindow = null;
                runner = null;
                loaded.database().close();
            }
        });
    }

    /**
     * The file cannot be used: the dialog says why, and what the user chooses continues the
     * start-up (its I/O on a background thread) or quits. The dialog is the only window, so
     * closing it must not end the application before the chosen window has opened.
     */
    private void showStartupFailure(Stage stage) {
        boolean implicitExit = Platform.isImplicitExit();
        Platform.setImplicitExit(false);
        StartupFailureDialog dialog = new StartupFailureDialog(messages, stylesheet());
        dialog.show(failed.failure(), StartupLoader.madeAt(failed), choice -> {
            switch (choice) {
                case OPEN_READ_ONLY -> continueStartup(stage, implicitExit, dialog, () -> {
                    loaded = loader.openReadOnly();
                    readLookAndPhoneCountry();
                    return null;
                });
                case RESTORE -> continueStartup(stage, implicitExit, dialog, () -> {
                    var restored = loader.restore();
                    loaded = loader.openRestored(restored);
                    readLookAndPhoneCountry();
                    return restored;
                });
                case QUIT -> Platform.exit();
            }
        });
    }

    private void continueStartup(Stage stage, boolean implicitExit, StartupFailureDialog dialog,
                                 Callable<dev.partnercontacts.storage.Backups.Restored> opening) {
        Thread thread = new Thread(() -> {
            try {
                var restored = opening.call();
                Platform.runLater(() -> {
                    failed = null;
                    try {
                        openWindows(stage);
                        if (restored != null) {
                            dialog.showRestored(stage, restored.from().madeAt(), restored.replacedFileKeptAt());
                        }
                    } finally {
                        Platform.setImplicitExit(implicitExit);
                    }
                });
            } catch (Exception e) {
                // Not offered twice: what failed once would fail again.
                StartupLoader.Failed again = new StartupLoader.Failed(loader.failed(e).failure(), Optional.empty());
                Platform.runLater(() -> {
                    failed = again;
                    Platform.setImplicitExit(implicitExit);
                    showStartupFailure(stage);
                });
            }
        }, "startup");
        thread.setDaemon(true);
        thread.start();
    }

    private Scene styled(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet());
        return scene;
    }

    private static String stylesheet() {
        return App.class.getResource("ui/app.css").toExternalForm();
    }

    /** Queued behind the last drafts; the runner finishes it before the application ends. */
    private void saveWindowPlacements() {
        if (runner == null || mainStage == null || loaded.readOnly()) {
            return;
        }
        java.util.Map<String, String> places = new java.util.HashMap<>();
        places.put(SettingKeys.MAIN_WINDOW, WindowPlacement.of(mainStage).text());
        gateWindow.placement().ifPresent(p -> places.put(SettingKeys.GATE_WINDOW, p.text()));
        runner.run(() -> {
            loaded.store().putSettings(places);
            return null;
        }, done -> { }, failure -> LOG.warn("The window positions could not be saved: {}", failure.toString()));
    }

    @Override
    public void stop() {
        if (quitFlow != null) {
            quitFlow.stopped();
        }
        if (configEditor != null) {
            configEditor.flushDraft(() -> { });
        }
        if (gateWindow != null) {
            gateWindow.flushDraft(() -> { });
        }
        if (syncModel != null) {
            syncModel.stop(); // its timers first: a sync they start must not meet a closed executor
        }
        if (syncWiring != null) {
            syncWiring.close();
        }
        saveWindowPlacements();
        if (runner != null) {
            runner.close();
        }
        if (loaded != null) {
            loaded.database().close();
        }
    }
}
