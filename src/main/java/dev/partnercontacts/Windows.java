package dev.partnercontacts;

import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.ui.accounts.AccountListViewModel;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.domain.Zones;
import dev.partnercontacts.ui.activity.ActivityView;
import dev.partnercontacts.ui.activity.ActivityViewModel;
import dev.partnercontacts.ui.app.GateWindow;
import dev.partnercontacts.ui.app.HelpMenu;
import dev.partnercontacts.ui.app.QuitFlow;
import dev.partnercontacts.ui.app.WindowKeeper;
import dev.partnercontacts.ui.app.WindowPlacement;
import dev.partnercontacts.ui.common.AlertDialogs;
import dev.partnercontacts.ui.common.Dialogs;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.FileDialogs;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.LinkOpener;
import dev.partnercontacts.ui.common.SupportContact;
import dev.partnercontacts.ui.common.Theme;
import dev.partnercontacts.storage.Backups;
import dev.partnercontacts.ui.configuration.BackupsViewModel;
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
import dev.partnercontacts.task.BackgroundTask;
import dev.partnercontacts.task.FxScheduler;
import dev.partnercontacts.task.Scheduler;
import dev.partnercontacts.task.Tasks;
import dev.partnercontacts.task.Workers;
import dev.partnercontacts.ui.users.UsersView;
import dev.partnercontacts.ui.users.UsersViewModel;
import dev.partnercontacts.ui.workspace.AccountCommands;
import dev.partnercontacts.ui.workspace.Snapshot;
import dev.partnercontacts.ui.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The windows of one language and everything they own: the workspace and its commands, the
 * view-models, the gate, and the timers ({@link FxScheduler}). {@link App} builds them once the
 * data file is open, and again after a change of language; {@link #close()} lets go of them
 * without waiting (work under way goes on, on the application's {@link Workers}).
 */
final class Windows {

    private static final Logger LOG = LoggerFactory.getLogger(Windows.class);
    private static final Duration DRAFT_DELAY = Duration.ofMillis(400);
    private static final Duration SEARCH_DELAY = Duration.ofMillis(250);

    /** What the windows are built from, for the application's life or for one language. */
    record Setup(StartupLoader.Loaded loaded, Validation validation, SupportContact support, Messages messages,
                 Theme theme, Workers workers, Consumer<String> openUri, String stylesheet) {
    }

    /** What the windows ask of the application. */
    interface Host {
        /** The windows were shown for the first time ({@code what}: the main window or the contact gate). */
        void shown(String what);

        /**
         * Settings → Language: build the windows again in {@code tag}, from what was read, in
         * {@code look}, the look in effect (perhaps chosen since the start).
         */
        void rebuild(String tag, Snapshot snapshot, String password, Theme look);

        /**
         * Puts the main window, its scene set, where {@code saved} says, the first time; the same
         * keeper for the windows of every language.
         */
        WindowKeeper placeMainWindow(Stage stage, Optional<WindowPlacement> saved);

        /** Settings → Restore: put the backup in place and open the windows again on it (or, when that fails, on the file as it was). */
        void restore(Backups.Backup backup);
    }

    private final Setup setup;
    private final Stage stage;
    private final Host host;
    private final Messages messages;
    private final FxScheduler scheduler = new FxScheduler();
    private AccountCommands commands;
    private QuitFlow quitFlow;
    private GateWindow gateWindow;
    private SyncViewModel syncModel;
    private StartDialogs startDialogs;
    private MainWindowView mainView;
    private WindowKeeper mainPlace;
    private ContactEditorViewModel configEditor;
    private AccountsViewModel accountsModel;
    private ConfigurationView configurationView;
    /** The look in effect: the start's, or the one chosen in Settings since. */
    private Theme look;
    private final LinkOpener links;
    private BackupsViewModel backupsModel;
    private Dialogs dialogs;

    Windows(Setup setup, Stage stage, Host host) {
        this.setup = setup;
        this.look = setup.theme();
        this.stage = stage;
        this.host = host;
        this.messages = setup.messages();
        this.links = LinkOpener.forThisSystem(setup.workers().background());
    }

    /** Builds the main window (and the gate over it, when the account is incomplete) and shows them. */
    void open() {
        StartupLoader.Loaded loaded = setup.loaded();
        Validation validation = setup.validation();
        Workers workers = setup.workers();
        Tasks tasks = workers.tasks(scheduler);
        dialogs = new AlertDialogs(setup.stylesheet());
        Workspace workspace = new Workspace(new Gate(validation), loaded.author(), loaded.readOnly(), loaded.snapshot(),
                Workspace.homeZoneOf(loaded.homeZone(), Zones.thisComputer()));
        commands = new AccountCommands(loaded.store(), workspace, workers.writer(), workers.background(), failure -> {
            LOG.error("The backup after a submit failed", failure);
            mainView.showNotice(messages.get("backup.failed", FailureText.of(messages, failure)));
        });
        quitFlow = QuitFlow.ofPlatform(dialogs, messages, this::flushDrafts);
        Path dataFile = loaded.database().file();
        Clock local = Clock.system(Zones.thisComputer());
        SyncParts sync = new SyncParts(loaded, validation, tasks, commands, messages, dialogs, setup.stylesheet());
        syncModel = sync.model();
        startDialogs = sync.start();
        BundleViewModel bundles = sync.bundles();
        AccountsViewModel accounts = new AccountsViewModel(commands, dialogs, messages, syncModel.unsentAccounts());
        accountsModel = accounts;
        FileDialogs files = new FileDialogs(messages);
        mainView = new MainWindowView(workspace.locked(), new MainWindowView.Pages(
                () -> AccountsPage.build(workspace, accounts, mainView, workers.writer(), () -> new AccountListViewModel.Listing(
                        loaded.store().overview(), sync.store().accountStates()), messages),
                () -> new HomeView(new HomeViewModel(commands, messages, local), messages, this::editRole).root(),
                () -> configurationPage(dataFile),
                () -> new SyncView(syncModel, bundles, workspace, dataFile, dialogs, files::bundle, messages).root(),
                () -> new ActivityView(new ActivityViewModel(loaded.store(), workers.writer(), workers.background(), workspace,
                        messages, scheduler.debouncer(SEARCH_DELAY)), messages, files::activityCsv).root()),
                accounts, syncModel.stateProperty(), HelpMenu.of(setup.support(), links,
                        () -> workspace.storedProperty().get().settings(), dialogs, () -> stage, messages), messages);
        // The title names the account shown (issue 15); unbound in close().
        String appTitle = messages.get(loaded.readOnly() ? "app.title.readOnly" : "app.title");
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            AccountSummary shown = accounts.currentProperty().get();
            return shown == null ? appTitle : messages.get("app.title.account", accounts.display(shown), appTitle);
        }, accounts.currentProperty(), accounts.accounts(), accounts.currentUnsavedProperty(), accounts.unsentAccounts()));
        // Built again (language, restore): the old scene's size, not the content's 1100 px (cut under X11).
        Scene old = stage.getScene();
        Scene scene = old == null ? new Scene(mainView.root()) : new Scene(mainView.root(), old.getWidth(), old.getHeight());
        scene.getStylesheets().add(setup.stylesheet());
        stage.setScene(scene);
        mainPlace = host.placeMainWindow(stage, loaded.mainWindow().flatMap(WindowPlacement::parse));
        if (loaded.readOnly()) {
            mainView.showNotice(messages.get("storage.openedReadOnly", dataFile));
        }
        gateWindow = new GateWindow(commands, stage, quitFlow, dialogs, messages, accounts, this::gateContent,
                root -> root.getStylesheets().add(setup.stylesheet()), () -> host.shown("contact gate"));
        gateWindow.placeAt(loaded.gateWindow().flatMap(WindowPlacement::parse), scheduler);
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
        if (workspace.locked().get()) {
            gateWindow.show();
        } else {
            host.shown("main window");
        }
    }

    /** Reads the sync settings and the remembered password; automatic sync starts when they are complete. */
    void startSync() {
        if (!setup.loaded().readOnly()) {
            syncModel.load();
        }
    }

    /** The sync password typed on the Sync tab, carried over when the windows are built again. */
    String syncPassword() {
        return syncModel.passwordProperty().get();
    }

    /** Quits as the user would (for the smoke test): drafts written first. */
    void quit() {
        quitFlow.quit();
    }

    /** True once quitting has begun. */
    boolean isQuitting() {
        return quitFlow.isQuitting();
    }

    /** The timers of these windows, closed with them. */
    Scheduler scheduler() {
        return scheduler;
    }

    /** The window in front: the gate when it shows, else the main window. */
    Stage frontStage() {
        return gateWindow.stage().filter(Stage::isShowing).orElse(stage);
    }

    Workspace workspace() {
        return commands.workspace();
    }

    /** Where the gate is or was last shown. */
    Optional<WindowPlacement> gatePlacement() {
        return gateWindow.placement();
    }

    /** After a change of language: the password typed before, and the Settings page, where the language was chosen. */
    void resume(String password) {
        syncModel.passwordProperty().set(password);
        startSync();
        mainView.tabs().getTabs().stream().filter(t -> "configurationTab".equals(t.getId())).findFirst()
                .ifPresent(t -> {
                    mainView.tabs().getSelectionModel().select(t);
                    if (configurationView != null) {
                        configurationView.showSettings();
                    }
                });
    }

    private GateWindow.Content gateContent() {
        ContactEditorViewModel editor = newEditor();
        ContactFormView form = new ContactFormView(editor.form(), messages)
                .withPhoneCountry(editor.phoneCountryProperty(), editor::choosePhoneCountry);
        GateDialogView view = new GateDialogView(editor, messages, form,
                () -> new UsersView(new UsersViewModel(commands, new Users(setup.validation()), messages), messages).root(),
                setup.support(), links);
        if (setup.loaded().readOnly()) {
            view.showNotice(messages.get("storage.openedReadOnly", setup.loaded().database().file()));
        } else {
            view.offerStart(startDialogs.offer(syncModel));
        }
        return new GateWindow.Content(editor, view);
    }

    /**
     * Settings → Language, at once: typing is written as drafts first, the language is stored, and the
     * windows are built again in it from the account as stored; the drafts and the sync password come back.
     */
    private void applyLanguage(String tag, Consumer<? super Exception> onFailure) {
        long account = commands.workspace().accountId();
        String password = syncModel.passwordProperty().get();
        StartupLoader.Loaded loaded = setup.loaded();
        flushDrafts(() -> setup.workers().writer().execute(BackgroundTask.of(() -> {
                    loaded.store().putSetting(SettingKeys.LOCALE, tag);
                    return Snapshot.read(loaded.store(), account);
                })
                .onSuccess(snapshot -> host.rebuild(tag, snapshot, password, look))
                .onFailure(onFailure)));
    }

    /** After a restore that failed once the file had been closed: Settings, saying why (the file is as it was). */
    void showRestoreFailure(Exception failure) {
        resume(syncModel.passwordProperty().get());
        if (backupsModel != null) {
            backupsModel.refused(failure);
        }
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
        Workspace workspace = commands.workspace();
        workspace.storedProperty().addListener((o, a, b) -> editor.open());
        workspace.accountProperty().addListener((o, was, is) -> {
            if (was == null || is == null || was.id() != is.id()) {
                editor.open();
            }
        });
        commands.beforeSwitch(() -> editor.flushDraft(() -> { }));
        Validation validation = setup.validation();
        UsersView users = new UsersView(new UsersViewModel(commands, new Users(validation), messages), messages);
        SettingsViewModel settings = new SettingsViewModel(setup.loaded().store(), setup.workers().writer(), commands,
                validation, messages, look, this::applyLanguage);
        settings.themeProperty().subscribe(chosen -> look = chosen);
        backupsModel = new BackupsViewModel(new FileBackups(Backups.of(dataFile), host::restore),
                setup.workers().background(), dialogs, messages, !setup.loaded().readOnly());
        configurationView = new ConfigurationView(configEditor,
                new ContactFormView(configEditor.form(), messages, ContactFormView.Mode.PAGE),
                users.root(), settings, backupsModel, dataFile, setup.openUri(), messages);
        return configurationView.root();
    }

    private ContactEditorViewModel newEditor() {
        Workspace workspace = commands.workspace();
        ContactFormViewModel form = new ContactFormViewModel(workspace.gate(), messages, workspace.users(),
                Zones.thisComputer().getId());
        ContactEditorViewModel editor = new ContactEditorViewModel(commands, form, messages,
                scheduler.debouncer(DRAFT_DELAY), dialogs);
        // The switcher marks the account while its form holds a draft (issue 15).
        editor.unsavedProperty().addListener((o, was, is) -> accountsModel.currentUnsavedProperty().set(is));
        return editor;
    }

    /** Queues every pending draft on the data file's writer, then runs {@code then} once they are written. */
    void flushDrafts(Runnable then) {
        if (configEditor != null) {
            configEditor.flushDraft(() -> { });
        }
        gateWindow.flushDraft(then);
    }

    /** Queues the windows' places on the data file's writer, behind the last drafts. */
    void saveWindowPlacements() {
        StartupLoader.Loaded loaded = setup.loaded();
        if (loaded.readOnly()) {
            return;
        }
        Map<String, String> places = new HashMap<>();
        places.put(SettingKeys.MAIN_WINDOW, mainPlace.placement().text());
        gateWindow.placement().ifPresent(p -> places.put(SettingKeys.GATE_WINDOW, p.text()));
        setup.workers().writer().execute(BackgroundTask.ofAction(() -> loaded.store().putSettings(places))
                .onFailure(failure -> LOG.warn("The window positions could not be saved", failure)));
    }

    /** The application has stopped: nothing may ask a question any more. */
    void stopped() {
        quitFlow.stopped();
    }

    /** Lets go of the windows: the gate closes without a question, automatic sync and every timer stop. Never waits. */
    void close() {
        stage.titleProperty().unbind();
        gateWindow.dispose();
        syncModel.stop();
        scheduler.close();
        if (configEditor != null) {
            configEditor.dispose();
        }
    }

    /** How many timers of these windows wait to run. */
    int pendingTimers() {
        return scheduler.pending();
    }
}
