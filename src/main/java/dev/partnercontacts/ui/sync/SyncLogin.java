package dev.partnercontacts.ui.sync;

import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.sync.CouchDocuments;
import dev.partnercontacts.sync.ServerAddress;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.task.BackgroundTask;
import dev.partnercontacts.task.Tasks;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sync tab's login: the server address, the user name and the team database (kept in the
 * data file), the password (kept in memory, or in the system keychain when the user asks to
 * remember it — never in the data file or a log), and why what was typed cannot be used.
 */
final class SyncLogin {

    private static final Logger LOG = LoggerFactory.getLogger(SyncLogin.class);

    /** What the data file says about the login, and when the last sync completed. */
    record Saved(String server, String user, String database, Optional<Instant> lastSynced) {
    }

    private final AccountStore store;
    private final Tasks tasks;
    private final PasswordVault vault;
    private final Messages messages;
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty(CouchDocuments.DEFAULT_DATABASE);
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");

    SyncLogin(AccountStore store, Tasks tasks, PasswordVault vault, Messages messages) {
        this.store = store;
        this.tasks = tasks;
        this.vault = vault;
        this.messages = messages;
        server.addListener((o, was, is) -> warning.set(warning(is)));
    }

    StringProperty server() {
        return server;
    }

    StringProperty user() {
        return user;
    }

    /** The team database on the server ({@code partner-contacts} unless set otherwise). */
    StringProperty database() {
        return database;
    }

    StringProperty password() {
        return password;
    }

    BooleanProperty remember() {
        return remember;
    }

    /** Why the address, database or login typed cannot be used; empty when it can. */
    ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** Why the address, though accepted, is risky (plain http:// to another computer); empty otherwise. */
    ReadOnlyStringProperty warning() {
        return warning.getReadOnlyProperty();
    }

    /** Server, user and password are all there (not checked further). */
    boolean isComplete() {
        return !server.get().isBlank() && !user.get().isBlank() && !password.get().isEmpty();
    }

    /**
     * Reads the saved server, user and database (on the data file's writer), then the remembered
     * password (on the background thread: the keychain may wait on a desktop prompt).
     * {@code onLoaded} gets what was saved once it is shown, {@code onPassword} runs when a
     * password was remembered.
     *
     * @param onFailure hears, in words, why the settings could not be read
     */
    void load(Consumer<Saved> onLoaded, Runnable onPassword, Consumer<String> onFailure) {
        tasks.writer().execute(BackgroundTask.of(() -> new Saved(
                        store.setting(SettingKeys.SYNC_SERVER).orElse(""),
                        store.setting(SettingKeys.SYNC_USER).orElse(""),
                        store.setting(SettingKeys.SYNC_DATABASE).filter(n -> !n.isBlank()).orElse(CouchDocuments.DEFAULT_DATABASE),
                        store.setting(SettingKeys.SYNC_LAST_SYNCED).flatMap(SyncLogin::instant)))
                .onSuccess(saved -> {
                    server.set(saved.server());
                    user.set(saved.user());
                    database.set(saved.database());
                    onLoaded.accept(saved);
                    if (saved.server().isEmpty() || saved.user().isEmpty()) {
                        return;
                    }
                    tasks.background().execute(BackgroundTask.of(() -> vault.read(saved.server(), saved.user()))
                            .onSuccess(remembered -> remembered.ifPresent(p -> {
                                password.set(p);
                                remember.set(true);
                                onPassword.run();
                            }))
                            .onFailure(failure -> LOG.warn("The remembered password could not be read", failure)));
                })
                .onFailure(failure -> {
                    LOG.error("The sync settings could not be read", failure);
                    onFailure.accept(messages.get("error.read", FailureText.of(messages, failure)));
                }));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The login typed, or empty with the reason in {@link #error()}. */
    Optional<SyncGateway.Login> login() {
        error.set("");
        ServerAddress.Check check = ServerAddress.check(server.get());
        if (check instanceof ServerAddress.CarriesCredentials) {
            // Refused before anything is saved: the address holds a secret.
            error.set(messages.get("sync.server.credentials"));
            return Optional.empty();
        }
        if (!(check instanceof ServerAddress.Valid valid)) {
            error.set(messages.get("sync.server.invalid"));
            return Optional.empty();
        }
        URI uri = valid.uri();
        String db = database.get() == null || database.get().isBlank() ? CouchDocuments.DEFAULT_DATABASE : database.get().strip();
        if (!CouchDocuments.isDatabaseName(db)) {
            error.set(messages.get("sync.database.invalid"));
            return Optional.empty();
        }
        if (user.get().isBlank() || password.get().isEmpty()) {
            error.set(messages.get("sync.login.missing"));
            return Optional.empty();
        }
        return Optional.of(new SyncGateway.Login(uri, user.get().strip(), password.get().toCharArray(), db));
    }

    /**
     * Keeps the server, user and database in the data file, and the password in the keychain or
     * out of it as the user chose. {@code onFailure} hears, in words, what could not be kept.
     */
    void save(SyncGateway.Login login, Consumer<String> onFailure) {
        String s = login.server().toString();
        String u = login.user();
        String d = login.database();
        String p = password.get();
        boolean keep = remember.get();
        tasks.writer().execute(BackgroundTask.ofAction(() -> store.putSettings(
                        Map.of(SettingKeys.SYNC_SERVER, s, SettingKeys.SYNC_USER, u, SettingKeys.SYNC_DATABASE, d)))
                .onFailure(failure -> {
                    LOG.error("The sync settings could not be saved", failure);
                    onFailure.accept(messages.get("error.storage", FailureText.of(messages, failure)));
                }));
        tasks.background().execute(BackgroundTask.ofAction(() -> {
                    if (keep) {
                        vault.save(s, u, p);
                    } else {
                        vault.forget(s, u);
                    }
                })
                .onFailure(failure -> {
                    LOG.warn("The remembered password could not be saved: {}", failure.getMessage());
                    onFailure.accept(messages.get("sync.keychain.unavailable"));
                }));
    }

    private String warning(String address) {
        return ServerAddress.check(address) instanceof ServerAddress.Valid v && v.unencrypted()
                ? messages.get("sync.server.unencrypted", v.uri().getHost()) : "";
    }
}
