package dev.partnercontacts;

import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Backups;
import dev.partnercontacts.ui.app.StartupFailureDialog;
import dev.partnercontacts.ui.app.WindowKeeper;
import dev.partnercontacts.ui.app.WindowPlacement;
import dev.partnercontacts.ui.common.AppVersion;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.StartupClock;
import dev.partnercontacts.ui.common.SupportContact;
import dev.partnercontacts.ui.common.Theme;
import dev.partnercontacts.task.BackgroundTask;
import dev.partnercontacts.task.FxScheduler;
import dev.partnercontacts.task.Workers;
import dev.partnercontacts.ui.workspace.Snapshot;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: reads the command line, has the data file read off the FX thread
 * ({@link #init}), makes the worker threads ({@link Workers}) for the application's life, and
 * builds the {@link Windows} — again after a change of language. What the windows do — start-up
 * failures, the gate, quitting — lives in classes of its own under {@code ui.app}.
 */
public class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private AppArguments arguments;
    private Locale systemLocale;
    private Validation validation;
    private SupportContact support;
    private StartupLoader loader;
    private StartupLoader.Loaded loaded;
    private StartupLoader.Failed failed;
    private Theme theme = Theme.SYSTEM;
    private Messages messages;
    /** The worker threads, for the application's life. */
    private Workers workers;
    private Stage mainStage;
    /** Where the main window is: one keeper for the application's life, whatever the language. */
    private WindowKeeper mainPlace;
    /** The main window's timers (its settling), for the application's life. */
    private final FxScheduler windowTimers = new FxScheduler();
    private Windows windows;
    private boolean firstWindowShown;
    /** The data file whose integrity check (which may end after the first window) is watched. */
    private Database watched;
    private final CompletableFuture<Void> closedWithoutWorkers = new CompletableFuture<>();

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
        // Read here, on the launcher thread: Help → About never reads the class path on the FX thread.
        LOG.debug("Partner Contacts {}", AppVersion.text());
    }

    /** The look, and the language: the command line's, else the one saved in the file, else the system's. */
    private void applyLookAndLanguage() {
        theme.apply();
        Locale locale = Preparation.language(arguments, systemLocale, loaded);
        Locale.setDefault(locale);
        messages = new Messages(locale);
    }

    /** The theme and the default phone country chosen in Settings. Blocking I/O, before the first window. */
    private void readLookAndPhoneCountry() {
        theme = Theme.fromSetting(loaded.store().setting(SettingKeys.THEME).orElse(null));
        validation = Preparation.phones(arguments, systemLocale, loaded);
    }

    @Override
    public void start(Stage stage) {
        workers = Workers.onFxThread();
        mainStage = stage;
        applyLookAndLanguage();
        if (failed != null) {
            showStartupFailure(stage);
            return;
        }
        openWindows();
    }

    private void openWindows() {
        watchIntegrityCheck(loaded);
        Windows.Setup setup = new Windows.Setup(loaded, validation, support, messages, theme, workers,
                uri -> getHostServices().showDocument(uri), stylesheet());
        windows = new Windows(setup, mainStage, new Windows.Host() {
            @Override
            public void shown(String what) {
                firstWindowShown(what);
            }

            @Override
            public void rebuild(String tag, Snapshot snapshot, String password, Theme look) {
                theme = look;
                rebuildIn(tag, snapshot, password);
            }

            @Override
            public void restore(Backups.Backup backup) {
                restoreFrom(backup);
            }

            @Override
            public WindowKeeper placeMainWindow(Stage stage, Optional<WindowPlacement> saved) {
                if (mainPlace == null) {
                    mainPlace = WindowKeeper.place(stage, saved, windowTimers);
                }
                return mainPlace;
            }
        });
        windows.open();
    }

    /** Builds the windows again in another language; never waits (work under way goes on, on the same threads). */
    private void rebuildIn(String tag, Snapshot snapshot, String password) {
        Optional<String> gatePlace = windows.gatePlacement().map(WindowPlacement::text);
        windows.close();
        loaded = new StartupLoader.Loaded(loaded.database(), loaded.store(), snapshot, Optional.of(tag),
                windows.workspace().authorProperty().get(), loaded.readOnly(),
                Optional.of(mainPlace.placement().text()), gatePlace,
                Optional.of(windows.workspace().homeZoneProperty().get().getId()));
        Locale locale = Locale.forLanguageTag(tag);
        Locale.setDefault(locale);
        messages = new Messages(locale);
        openWindows();
        windows.resume(password);
        LOG.info("The windows were built again in {}", tag);
    }

    /** What a restore from Settings came to: the file open again, restored or (after a failure) as it was. */
    private record Reopened(StartupLoader.Loaded loaded, Backups.Restored restored, Exception failure) {
    }

    /**
     * Settings → Restore, after the backup passed its check: the windows let go (drafts and
     * places written first, sync stopped), and behind that on the data file's writer the file is
     * closed, the backup put in its place by the one restore ({@link Backups#restore(Backups.Backup)},
     * the current file kept beside it) and opened; then the windows open on it — the gate when it
     * lacks a complete account. When the restore fails, the file as it was is opened again and
     * Settings says why. Never waits on the FX thread.
     */
    private void restoreFrom(Backups.Backup backup) {
        Windows leaving = windows;
        String password = leaving.syncPassword();
        StartupLoader.Loaded before = loaded;
        leaving.flushDrafts(() -> { });
        leaving.saveWindowPlacements();
        leaving.close();
        mainStage.getScene().getRoot().setDisable(true);
        workers.writer().execute(BackgroundTask.of(() -> {
                    // The user's choices (language, look, author…) are not the backup's to bring back.
                    java.util.Map<String, String> workstation = StartupLoader.workstationSettings(before.store());
                    before.database().close();
                    try {
                        Backups.Restored restored = loader.restore(backup);
                        loaded = loader.openRestored(restored, workstation);
                        readLookAndPhoneCountry();
                        return new Reopened(loaded, restored, null);
                    } catch (RuntimeException e) {
                        LOG.warn("The backup {} could not be restored: {}", backup.file(), e.toString());
                        loaded = loader.open();
                        return new Reopened(loaded, null, e);
                    }
                })
                .onSuccess(reopened -> {
                    applyLookAndLanguage();
                    // The window keeps its place and size: Windows.open gives the new scene the old one's size.
                    openWindows();
                    windows.resume(password);
                    if (reopened.failure() != null) {
                        windows.showRestoreFailure(reopened.failure());
                    } else {
                        new StartupFailureDialog(messages, stylesheet()).showRestored(mainStage,
                                reopened.restored().from().madeAt(), reopened.restored().replacedFileKeptAt());
                    }
                })
                .onFailure(failure -> {
                    // Not even the file as it was opens again: as at start-up, the dialog says why.
                    failed = loader.failed(failure);
                    windows = null;
                    showStartupFailure(mainStage);
                    mainStage.hide();
                }));
    }

    private void firstWindowShown(String what) {
        if (firstWindowShown) {
            return;
        }
        firstWindowShown = true;
        StartupLoader.Loaded opened = loaded;
        Windows shown = windows;
        // After the first frame is on screen: on two cores, whatever runs sooner slows it down.
        StartupClock.afterFirstFrame(shown.frontStage(), frame -> {
            opened.database().startIntegrityCheck();
            workers.background().execute(BackgroundTask.ofAction(() -> StartupLoader.dailyBackup(opened))
                    .onFailure(failure -> LOG.warn("The daily backup failed", failure)));
            if (!arguments.smokeTest()) {
                // Reading the keychain may take a moment, and nothing waits for it.
                shown.startSync();
            } else {
                StartupClock.measure(shown.frontStage(), shown.scheduler(), frame, times -> {
                    LOG.info("{}", StartupClock.describe(what, times));
                    shown.quit();
                });
            }
        });
    }

    /**
     * The file's integrity check may still run after the first window (Database.openCheckingLater).
     * When it fails, the windows give way to the start-up failure dialog, as for a file that fails
     * before; nothing was written to it. The file is closed on its writer, behind the work queued
     * there (which fails: the check has failed), never on the FX thread. Watched once per opened file.
     */
    private void watchIntegrityCheck(StartupLoader.Loaded opened) {
        if (opened.database() == watched) {
            return;
        }
        watched = opened.database();
        loader.whenCheckFails(opened, Platform::runLater, why -> {
            if (windows != null && loaded.database() == opened.database() && !windows.isQuitting()) {
                failed = why;
                showStartupFailure(mainStage);
                mainStage.hide();
                windows.close();
                windows = null;
                Database checkedFile = loaded.database();
                workers.writer().execute(BackgroundTask.ofAction(checkedFile::close));
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
                    loaded = loader.openRestored(restored, java.util.Map.of());
                    readLookAndPhoneCountry();
                    return restored;
                });
                case QUIT -> Platform.exit();
            }
        });
    }

    /** What continuing a start-up after a failure came to: the file opened (and maybe restored), or another failure. */
    private record Continued(Backups.Restored restored, StartupLoader.Failed failure) {
    }

    /**
     * Opens the file as chosen on the background thread; then, on the FX thread, the windows in
     * the look and language saved in it (the failure dialog could not know them), or the failure.
     */
    private void continueStartup(Stage stage, boolean implicitExit, StartupFailureDialog dialog,
                                 Callable<Backups.Restored> opening) {
        workers.background().execute(BackgroundTask.of(() -> {
                    try {
                        return new Continued(opening.call(), null);
                    } catch (Exception e) {
                        // Not offered twice: what failed once would fail again.
                        return new Continued(null, new StartupLoader.Failed(loader.failed(e).failure(), Optional.empty()));
                    }
                })
                .onSuccess(continued -> {
                    if (continued.failure() != null) {
                        failed = continued.failure();
                        Platform.setImplicitExit(implicitExit);
                        showStartupFailure(stage);
                        return;
                    }
                    failed = null;
                    try {
                        applyLookAndLanguage();
                        openWindows();
                        var restored = continued.restored();
                        if (restored != null) {
                            dialog.showRestored(stage, restored.from().madeAt(), restored.replacedFileKeptAt());
                        }
                    } finally {
                        Platform.setImplicitExit(implicitExit);
                    }
                }));
    }

    private static String stylesheet() {
        return App.class.getResource("ui/app.css").toExternalForm();
    }

    /**
     * Never waits: pending drafts and the window positions are queued on the data file's writer,
     * the timers stop, and the worker threads close the file once their queued work is done
     * ({@link #closed()}).
     */
    @Override
    public void stop() {
        if (windows != null) {
            windows.stopped();
            windows.flushDrafts(() -> { });
            windows.saveWindowPlacements();
            windows.close();
        }
        windowTimers.close();
        StartupLoader.Loaded open = loaded;
        Runnable closeFile = () -> {
            if (open != null) {
                open.database().close();
            }
        };
        if (workers != null) {
            workers.close(closeFile);
        } else {
            closeFile.run();
            closedWithoutWorkers.complete(null);
        }
    }

    /** How many timers of the windows wait to run (none once the windows are closed); on the FX thread. */
    int pendingTimers() {
        return windows == null ? 0 : windows.pendingTimers();
    }

    /**
     * Completes once the data file is closed after {@link #stop()}: for a launcher or a test that
     * opens the same file again in this JVM.
     */
    public CompletionStage<Void> closed() {
        return workers != null ? workers.closed() : closedWithoutWorkers;
    }
}
