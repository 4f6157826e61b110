package dev.partnercontacts;

import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.DataLocation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SettingsRepository;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.storage.StorageException;
import dev.partnercontacts.ui.activity.ActivityView;
import dev.partnercontacts.ui.common.AccountSession;
import dev.partnercontacts.ui.common.Debouncer;
import dev.partnercontacts.ui.common.FxTaskRunner;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.SupportContact;
import dev.partnercontacts.ui.configuration.ConfigurationView;
import dev.partnercontacts.ui.form.ContactEditorViewModel;
import dev.partnercontacts.ui.form.ContactFormView;
import dev.partnercontacts.ui.form.ContactFormViewModel;
import dev.partnercontacts.ui.gate.GateDialogView;
import dev.partnercontacts.ui.home.HomeView;
import dev.partnercontacts.ui.main.MainWindowView;
import dev.partnercontacts.ui.sync.SyncView;
import dev.partnercontacts.ui.users.UsersView;
import dev.partnercontacts.ui.users.UsersViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: reads the command line, opens the database and reads the account off
 * the FX thread ({@link #init}), then builds the windows. The gate dialog opens over the main
 * window whenever the stored contact details are incomplete.
 */
public class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static final Duration DRAFT_DELAY = Duration.millis(400);

    private AppArguments arguments;
    private Locale systemLocale;
    private Database database;
    private AccountStore store;
    private AccountSession.Snapshot snapshot;
    private Optional<String> savedLocale = Optional.empty();
    private SupportContact support;
    private StorageException startupFailure;

    private FxTaskRunner runner;
    private Messages messages;
    private Validation validation;
    private AccountSession session;
    private Stage mainStage;
    private Stage gateStage;
    private ContactEditorViewModel gateEditor;
    private ContactEditorViewModel configEditor;
    /** Set once quitting has begun: the toolkit then closes every window, and must not be asked again. */
    private boolean quitting;

    public App() {
        // public no-arg constructor: the launch contract
    }

    /** Runs on the launcher thread: all start-up I/O happens here, never on the FX thread. */
    @Override
    public void init() {
        arguments = AppArguments.parse(getParameters().getRaw());
        systemLocale = Locale.getDefault();
        Path file = DataLocation.resolve(arguments.db(), System.getenv(),
                System.getProperty("os.name"), System.getProperty("user.home"));
        validation = Validation.forLocale(systemLocale);
        support = readSupportContact();
        try {
            database = Database.open(file);
            store = new SqliteAccountStore(database, new Users(validation), Clock.systemUTC());
            snapshot = AccountSession.Snapshot.read(store);
            savedLocale = store.setting(SettingsRepository.LOCALE);
            LOG.info("Using database {}", file);
        } catch (StorageException e) {
            LOG.error("Cannot open the database {}", file, e);
            startupFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        Locale locale = arguments.locale()
                .or(() -> savedLocale.map(Locale::forLanguageTag))
                .orElse(systemLocale);
        Locale.setDefault(locale);
        messages = new Messages(locale);
        if (startupFailure != null) {
            showStartupFailure();
            return;
        }
        runner = new FxTaskRunner();
        Gate gate = new Gate(validation);
        session = new AccountSession(store, runner, gate, System.getProperty("user.name", "unknown"), snapshot);
        mainStage = stage;
        MainWindowView main = new MainWindowView(session.locked(), new MainWindowView.Pages(
                () -> new HomeView(session, messages).root(),
                this::configurationPage,
                () -> new SyncView(session, database.file(), messages).root(),
                () -> new ActivityView(session, messages).root()), messages);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(styled(main.root()));
        stage.setOnCloseRequest(e -> {
            if (quitting) {
                return;
            }
            e.consume();
            if (gateStage != null && gateStage.isShowing()) {
                confirmQuit(gateStage);
            } else {
                quit();
            }
        });
        stage.show();
        session.locked().addListener((o, was, is) -> {
            if (is) {
                showGate();
            }
        });
        if (session.locked().get()) {
            showGate();
        } else {
            firstWindowShown("main window");
        }
    }

    private Parent configurationPage() {
        configEditor = newEditor();
        configEditor.open();
        session.storedProperty().addListener((o, a, b) -> configEditor.open());
        UsersView users = new UsersView(new UsersViewModel(session, new Users(validation), messages), messages);
        return new ConfigurationView(configEditor, new ContactFormView(configEditor.form(), messages),
                users.root(), this::saveLanguage, messages).root();
    }

    private void saveLanguage(String tag) {
        runner.run(() -> {
            store.putSetting(SettingsRepository.LOCALE, tag);
            return null;
        }, done -> LOG.info("Language {} saved for the next start", tag),
                failure -> LOG.error("The language setting could not be saved", failure));
    }

    private ContactEditorViewModel newEditor() {
        ContactFormViewModel form = new ContactFormViewModel(session.gate(), messages, session.users(),
                ZoneId.systemDefault().getId());
        return new ContactEditorViewModel(session, form, messages, Debouncer.fx(DRAFT_DELAY));
    }

    private void showGate() {
        if (gateStage != null && gateStage.isShowing()) {
            return;
        }
        gateEditor = newEditor();
        gateEditor.open();
        UsersView users = new UsersView(new UsersViewModel(session, new Users(validation), messages), messages);
        GateDialogView view = new GateDialogView(gateEditor, messages,
                new ContactFormView(gateEditor.form(), messages), users.root(), support,
                uri -> getHostServices().showDocument(uri));
        gateStage = new Stage();
        gateStage.initOwner(mainStage);
        gateStage.initModality(Modality.WINDOW_MODAL);
        gateStage.setTitle(messages.get("gate.window.title"));
        gateStage.setScene(styled(view.root()));
        gateStage.setOnCloseRequest(e -> {
            if (quitting) {
                return;
            }
            e.consume();
            confirmQuit(gateStage);
        });
        view.setOnSubmitted(() -> {
            gateStage.close();
            LOG.info("Contact details submitted; the application is unlocked");
        });
        gateStage.setOnShown(e -> {
            view.focusStart();
            firstWindowShown("contact gate");
        });
        gateStage.show();
    }

    private void firstWindowShown(String what) {
        long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("Startup: {} shown {} ms after JVM start", what, sinceLaunch);
        if (arguments.smokeTest()) {
            quit();
        }
    }

    /** Asks before quitting from the gate; the draft is written before the application exits. */
    private void confirmQuit(Window owner) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.get("quit.title"));
        alert.setHeaderText(messages.get("quit.header"));
        alert.setContentText(messages.get("quit.content"));
        ButtonType quit = new ButtonType(messages.get("quit.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(messages.get("quit.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(quit, stay);
        ((Button) alert.getDialogPane().lookupButton(quit)).setId("confirmQuitButton");
        ((Button) alert.getDialogPane().lookupButton(stay)).setId("cancelQuitButton");
        alert.getDialogPane().getStylesheets().add(stylesheet());
        alert.showAndWait().filter(quit::equals).ifPresent(b -> quit());
    }

    private void quit() {
        quitting = true;
        Runnable exit = Platform::exit;
        if (gateEditor != null) {
            gateEditor.flushDraft(exit);
        } else if (session != null) {
            session.afterPendingWrites(exit);
        } else {
            exit.run();
        }
    }

    private void showStartupFailure() {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("startup.failed.header"));
        alert.setContentText(messages.get("startup.failed.content",
                startupFailure.file(), startupFailure.getMessage()));
        alert.showAndWait();
        Platform.exit();
    }

    private Scene styled(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet());
        return scene;
    }

    private static String stylesheet() {
        return App.class.getResource("ui/app.css").toExternalForm();
    }

    /** The support page and address: defaults from the application, overridable per user. */
    private static SupportContact readSupportContact() {
        Properties p = new Properties();
        try (InputStream in = App.class.getResourceAsStream("support.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            LOG.warn("Default support settings could not be read", e);
        }
        Path userFile = DataLocation.appDataFolder(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home")).resolve("support.properties");
        if (Files.isRegularFile(userFile)) {
            try (Reader in = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                LOG.warn("Support settings in {} could not be read", userFile, e);
            }
        }
        return SupportContact.from(p);
    }

    @Override
    public void stop() {
        if (gateEditor != null) {
            gateEditor.flushDraft(() -> { });
        }
        if (configEditor != null) {
            configEditor.flushDraft(() -> { });
        }
        if (runner != null) {
            runner.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
