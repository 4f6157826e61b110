package dev.partnercontacts;

import dev.partnercontacts.domain.Author;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.StoreFailure;
import dev.partnercontacts.domain.StoreFailure.Kind;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Backups;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SettingsRepository;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.storage.StorageException;
import dev.partnercontacts.ui.workspace.Snapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the first window needs from the data file, read before it opens (blocking I/O, never
 * on the FX thread): the file opened and checked, the daily backup, the account used last and the
 * settings. When the file cannot be used, says why and which backup could replace it.
 */
final class StartupLoader {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLoader.class);

    /** What a successful start-up read. */
    record Loaded(Database database, SqliteAccountStore store, Snapshot snapshot, Optional<String> savedLocale,
                  Author author, boolean readOnly, Optional<String> mainWindow, Optional<String> gateWindow,
                  Optional<String> homeZone) {
    }

    /** Why the file could not be used, and the backup that could replace it, if any. */
    record Failed(StorageException failure, Optional<Backups.Backup> restorable) {
    }

    private final Path file;
    private final Validation validation;
    private final String systemUserName;

    StartupLoader(Path file, Validation validation, String systemUserName) {
        this.file = file;
        this.validation = validation;
        this.systemUserName = systemUserName;
    }

    Path file() {
        return file;
    }

    /**
     * Opens the file for writing. Its integrity check may still be running when this returns
     * ({@link Database#openCheckingLater}): {@link Database#checked()} says how it ended.
     */
    Loaded open() {
        Loaded loaded = read(Database.openCheckingLater(file), false);
        LOG.info("Using database {}", file);
        return loaded;
    }

    /** Opens the file for looking only (another instance is writing it). */
    Loaded openReadOnly() {
        return read(Database.openReadOnly(file), true);
    }

    /** Puts the newest sound backup in place of the file, then opens it. */
    Backups.Restored restore() {
        return Backups.of(file).restore();
    }

    /** Puts the backup the user chose in place of the (closed) file, checked first. */
    Backups.Restored restore(Backups.Backup chosen) {
        return Backups.of(file).restore(chosen);
    }

    /**
     * Reads the file a restore put in place, first writing {@code kept} into it: the
     * {@link SettingKeys#WORKSTATION} settings of the file it replaced, in one transaction.
     */
    Loaded openRestored(Backups.Restored restored, java.util.Map<String, String> kept) {
        if (!kept.isEmpty()) {
            SettingsRepository settings = new SettingsRepository(restored.database());
            restored.database().transaction(c -> {
                kept.forEach(settings::put);
                return null;
            });
        }
        return read(restored.database(), false);
    }

    /** This workstation's settings ({@link SettingKeys#WORKSTATION}) as {@code store} holds them. Blocking I/O. */
    static java.util.Map<String, String> workstationSettings(SqliteAccountStore store) {
        java.util.Map<String, String> kept = new java.util.LinkedHashMap<>();
        for (String key : SettingKeys.WORKSTATION) {
            store.setting(key).ifPresent(value -> kept.put(key, value));
        }
        return kept;
    }

    /** Explains a failure to open, with the backup to offer for a damaged file. Blocking I/O. */
    Failed failed(Exception e) {
        StorageException failure = e instanceof StorageException se ? se
                : new StorageException(Kind.FAILED, String.valueOf(e.getMessage()), file, e);
        if (failure.kind() == Kind.FAILED) {
            LOG.error("Cannot open the database {}", failure.file(), failure);
        } else {
            LOG.warn("Cannot open the database {} ({}): {}", failure.file(), failure.kind(), failure.getMessage());
        }
        Optional<Backups.Backup> backup = Optional.empty();
        if (failure.kind() == Kind.DAMAGED || failure.kind() == Kind.NOT_A_DATABASE) {
            backup = Backups.of(file).newestUsable();
        }
        return new Failed(failure, backup);
    }

    /**
     * Reads what the windows need from a freshly opened database, also while its integrity check
     * is still running; closes the database again when that fails.
     */
    private Loaded read(Database db, boolean readOnly) {
        try {
            return db.beforeCheck(() -> readNow(db, readOnly));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private Loaded readNow(Database db, boolean readOnly) {
        // The daily backup waits for the first window (dailyBackup): copying a large file here
        // would hold the window back by as long as the copy takes.
        Backups backups = readOnly ? null : Backups.of(db.file());
        SqliteAccountStore store = new SqliteAccountStore(db, new Users(validation), new Gate(validation),
                Clock.systemUTC(), backups);
        Snapshot snapshot = Snapshot.read(store);
        Optional<String> locale = store.setting(SettingKeys.LOCALE);
        Author author = new Author(store.setting(SettingKeys.AUTHOR_NAME).filter(n -> !n.isBlank()).orElse(systemUserName),
                store.setting(SettingKeys.AUTHOR_EMAIL).orElse(""));
        return new Loaded(db, store, snapshot, locale, author, readOnly, store.setting(SettingKeys.MAIN_WINDOW),
                store.setting(SettingKeys.GATE_WINDOW), store.setting(SettingKeys.HOME_ZONE));
    }

    /**
     * Calls {@code then} through {@code fx} with what to say when the integrity check that followed
     * the opening of {@code loaded} ({@link Database#openCheckingLater}) fails; looking for the
     * backup to offer is blocking I/O, done first on a pool thread.
     */
    void whenCheckFails(Loaded loaded, Executor fx, Consumer<Failed> then) {
        loaded.database().checked().whenCompleteAsync((passed, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException ce && ce.getCause() != null ? ce.getCause() : failure;
                Failed why = failed(cause instanceof Exception e ? e : new IllegalStateException(cause));
                fx.execute(() -> then.accept(why));
            }
        });
    }

    /** Makes the day's backup if none was made in the last day. Blocking I/O, after the first window. */
    static void dailyBackup(Loaded loaded) {
        if (loaded.readOnly()) {
            return;
        }
        try {
            Backups.of(loaded.database().file()).makeDailyIfDue(loaded.database());
        } catch (StoreFailure e) {
            LOG.warn("The daily backup could not be made: {}", e.getMessage());
        }
    }

    /** When the offered backup was made. */
    static Optional<Instant> madeAt(Failed failed) {
        return failed.restorable().map(Backups.Backup::madeAt);
    }
}
