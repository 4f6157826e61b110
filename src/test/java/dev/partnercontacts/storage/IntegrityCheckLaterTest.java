package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.StoreFailure.Kind;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Database#openCheckingLater}: the start-up reads at once and SQLite's integrity check
 * follows; nothing is written before it has passed, and a file it finds damaged is left as it was.
 */
class IntegrityCheckLaterTest {

    @TempDir
    Path dir;

    /** A closed data file with an account, users and submitted details. */
    private Path populated(String name) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = store(db);
            long id = store.currentAccountId();
            store.addUser(id, "Ada Admin", "ada@example.com", UserRole.ADMINISTRATOR, "test");
            store.submit(id, Fixtures.complete(), "test");
        }
        return file;
    }

    private static SqliteAccountStore store(Database db) {
        return new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
    }

    private static CompletableFuture<Void> checked(Database db) {
        return db.checked().toCompletableFuture();
    }

    /** Runs the integrity check when the test says so, on the test's thread. */
    private static final class HeldCheck implements Executor {

        private volatile Runnable check;

        @Override
        public void execute(Runnable command) {
            check = command;
        }

        void run() {
            check.run();
        }
    }

    /** Starts {@code work} on a thread of its own; returns once the thread waits (for the check). */
    private static Thread waiting(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        AwaitState.until(thread, Thread.State.WAITING);
        return thread;
    }

    /** The file's setting, read through a connection of its own. */
    private static Optional<String> settingOnDisk(Path file, String key) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT value FROM setting WHERE key = '" + key + "'")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    @Test
    void aFileThatOnlyTheCheckFindsDamagedOpensForReadingThenRefusesEveryWriteAndStaysAsItWas() throws Exception {
        Path file = populated("contacts.db");
        Damage.inTheFreelist(file);
        byte[] before = Files.readAllBytes(file);

        HeldCheck check = new HeldCheck();
        try (Database db = Database.openCheckingLater(file, check)) {
            SqliteAccountStore store = store(db);
            // What the first window needs is read at once, before the check.
            long id = db.beforeCheck(store::currentAccountId);
            assertThat(db.beforeCheck(store::accounts)).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo(id));
            assertThat(checked(db)).isNotDone();
            assertThat(check.check).as("started only when asked").isNull();

            db.startIntegrityCheck();
            check.run();

            assertThatThrownBy(() -> checked(db).get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((StorageException) e).kind()).isEqualTo(Kind.DAMAGED));
            assertThatThrownBy(() -> store.putSetting("theme", "dark")).isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((StorageException) e).kind()).isEqualTo(Kind.DAMAGED));
            assertThatThrownBy(() -> db.beforeCheck(() -> {
                store.putSetting("theme", "dark");
                return null;
            })).isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> Backups.of(file).make(db)).isInstanceOf(StorageException.class);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Backups.of(file).list()).as("no backup of a damaged file").isEmpty();
        Path wal = file.resolveSibling("contacts.db-wal");
        assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("nothing in a write-ahead log").isTrue();
    }

    @Test
    void writesWaitForTheCheckAndThenGoThrough() throws Exception {
        Path file = populated("contacts.db");
        HeldCheck check = new HeldCheck();

        try (Database db = Database.openCheckingLater(file, check)) {
            SqliteAccountStore store = store(db);
            Thread writer = waiting("writer", () -> store.putSetting("theme", "dark"));
            assertThat(settingOnDisk(file, "theme")).as("not written before the check").isEmpty();

            check.run();
            writer.join(30_000);

            assertThat(checked(db)).isCompleted();
            assertThat(settingOnDisk(file, "theme")).contains("dark");
        }
        try (Database db = Database.open(file)) {
            assertThat(store(db).setting("theme")).contains("dark");
        }
    }

    @Test
    void aWriteAmongTheStartUpReadsRunsOnceTheCheckHasPassed() throws Exception {
        Path file = populated("contacts.db");

        HeldCheck check = new HeldCheck();
        try (Database db = Database.openCheckingLater(file, check)) {
            SqliteAccountStore store = store(db);
            Thread startup = waiting("startup-read", () -> db.beforeCheck(() -> {
                store.putSetting("theme", "dark");
                return null;
            }));
            assertThat(settingOnDisk(file, "theme")).isEmpty();

            check.run();
            startup.join(30_000);

            assertThat(settingOnDisk(file, "theme")).contains("dark");
        }
    }

    @Test
    void filesThatOpeningWouldChangeAreCheckedBeforeTheyOpen() throws Exception {
        // Not in write-ahead-log mode: switching to it writes the header.
        Path rollback = populated("rollback.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + rollback); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
        }
        Damage.inTheFreelist(rollback);
        byte[] before = Files.readAllBytes(rollback);

        assertThatThrownBy(() -> Database.openCheckingLater(rollback)).isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).kind()).isEqualTo(Kind.DAMAGED));
        assertThat(Files.readAllBytes(rollback)).isEqualTo(before);
    }

    @Test
    void aNewFileIsCreatedAsByOpen() {
        Path file = dir.resolve("new").resolve("contacts.db");

        try (Database db = Database.openCheckingLater(file)) {
            assertThat(checked(db)).isCompleted();
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(store(db).setting("theme")).isEqualTo(Optional.empty());
        }
    }
}
