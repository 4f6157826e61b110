package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.StoreFailure.Kind;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and foreign files, read-only files and folders, a full disk, and a second process on
 * the same file: each is refused with a {@link Kind} the UI turns into a message naming the file,
 * and a file that is refused is left byte for byte as it was.
 */
class DatabaseSafetyTest {

    @TempDir
    Path dir;

    /** Every file under the folder, with its bytes: to show that nothing was created or changed. */
    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                files.put(folder.relativize(p).toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
        }
        return files;
    }

    private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertThat(after.keySet()).as("files in the folder").isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(Arrays.equals(bytes, after.get(name))).as("bytes of %s", name).isTrue());
    }

    /** Opening fails with {@code kind}, names the file, and changes nothing in its folder. */
    private static StorageException assertRefusedUnchanged(Path file, Kind kind) throws IOException {
        Path folder = file.getParent();
        while (!Files.exists(folder)) {
            folder = folder.getParent();
        }
        Map<String, byte[]> before = snapshot(folder);
        StorageException e = (StorageException) org.assertj.core.api.Assertions.catchThrowable(() -> Database.open(file));
        assertThat(e).as("opening %s", file).isNotNull();
        assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
        assertThat(e.file()).isEqualTo(file.toAbsolutePath());
        assertThat(e.getMessage()).contains(file.toAbsolutePath().toString());
        assertSame(before, snapshot(folder));
        return e;
    }

    /** A real database of this application with some data, closed (so its log is checkpointed). */
    private Path populated(String name) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
            long id = store.currentAccountId();
            for (int i = 0; i < 40; i++) {
                store.addUser(id, "User " + i, "user" + i + "@example.com",
                        i == 0 ? UserRole.ADMINISTRATOR : UserRole.EDITOR, "test");
                store.putSetting("filler." + i, "x".repeat(1000));
            }
            store.submit(id, Fixtures.complete(), "test");
        }
        return file;
    }

    private Path folderWith(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    @Test
    void filesThatAreNotDatabasesAreRefusedUntouched() throws IOException {
        Map<String, byte[]> samples = new TreeMap<>();
        samples.put("notes.db", "My notes, not a database.\n".repeat(300).getBytes(StandardCharsets.UTF_8));
        samples.put("archive.db", new byte[] {0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0});
        samples.put("photo.db", jpegLike());
        samples.put("zeros.db", new byte[8192]);
        samples.put("one-byte.db", new byte[] {'S'});
        samples.put("almost.db", "SQLite format 2\0".repeat(10).getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
            Path file = Files.write(folderWith(sample.getKey() + "-folder").resolve(sample.getKey()), sample.getValue());
            Kind expected = sample.getKey().equals("one-byte.db") ? Kind.DAMAGED : Kind.NOT_A_DATABASE;
            assertRefusedUnchanged(file, expected);
        }
    }

    private static byte[] jpegLike() {
        byte[] b = new byte[4096];
        b[0] = (byte) 0xff;
        b[1] = (byte) 0xd8;
        b[2] = (byte) 0xff;
        b[3] = (byte) 0xe0;
        return b;
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedUntouched() throws Exception {
        Path fresh = folderWith("foreign").resolve("places.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fresh); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bookmarks (url TEXT)");
            s.execute("INSERT INTO bookmarks VALUES ('https://example.com')");
        }
        assertRefusedUnchanged(fresh, Kind.NOT_A_DATABASE);

        Path versioned = folderWith("foreign-versioned").resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + versioned); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE things (id INTEGER PRIMARY KEY)");
            s.execute("PRAGMA user_version = 1");
        }
        assertRefusedUnchanged(versioned, Kind.NOT_A_DATABASE);
    }

    @Test
    void truncatedDatabasesAreRefusedUntouched() throws IOException {
        byte[] whole = Files.readAllBytes(populated("whole.db"));
        assertThat(whole.length).isGreaterThan(8 * 4096);
        for (int length : List.of(16, 60, 100, 4096, whole.length / 2, whole.length - 4096)) {
            Path file = folderWith("cut-" + length).resolve("contacts.db");
            Files.write(file, Arrays.copyOf(whole, length));
            StorageException e = assertRefusedUnchanged(file, Kind.DAMAGED);
            assertThat(e.getMessage()).as("length %d", length).isNotBlank();
        }
    }

    @Test
    void databaseWithADamagedPageIsRefusedUntouched() throws IOException {
        Path file = populated("damaged.db");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            // Scribble over the header of the third page, a b-tree page of the schema.
            raf.seek(2 * 4096L);
            raf.write(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f, 0x7f, 0x7f, 0x7f});
        }

        assertRefusedUnchanged(file, Kind.DAMAGED);
    }

    @Test
    void databaseFromANewerVersionIsRefusedUntouched() throws Exception {
        Path file = populated("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Migrations.latest() + 1));
        }

        assertRefusedUnchanged(file, Kind.NEWER_VERSION);
        assertThatThrownBy(() -> Database.openReadOnly(file))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NEWER_VERSION));
    }

    @Test
    void soundDatabaseOpensAfterTheChecks() {
        Path file = populated("sound.db");

        try (Database db = Database.open(file)) {
            assertThat(new AccountRepository(db, Clock.systemUTC()).loadStored(1)).isEqualTo(Fixtures.complete());
        }
    }

    @Test
    void readOnlyFileIsRefusedUntouched() throws Exception {
        Path file = populated("read-only.db");
        try (ReadOnly ro = ReadOnly.make(file)) {
            StorageException e = assertRefusedUnchanged(file, Kind.READ_ONLY);
            assertThat(e.getMessage()).contains("read-only");
            // Looking at it read-only still works.
            try (Database db = Database.openReadOnly(file)) {
                assertThat(new AccountRepository(db, Clock.systemUTC()).loadStored(1)).isEqualTo(Fixtures.complete());
            }
        }
    }

    @Test
    void databaseInAReadOnlyFolderIsRefusedUntouched() throws Exception {
        Path file = populated("in-folder.db");
        Path folder = folderWith("locked-folder");
        Path moved = Files.move(file, folder.resolve("contacts.db"));
        try (ReadOnly ro = ReadOnly.make(folder)) {
            assertRefusedUnchanged(moved, Kind.READ_ONLY);
            // A new file in it is refused too, and nothing is created.
            assertRefusedUnchanged(folder.resolve("new.db"), Kind.READ_ONLY);
            assertRefusedUnchanged(folder.resolve("sub").resolve("new.db"), Kind.READ_ONLY);
        }
    }

    @Test
    void fullDiskRefusesTheWriteAndKeepsThePreviousData() {
        Path file = populated("full.db");
        try (Database db = Database.open(file)) {
            AccountRepository accounts = new AccountRepository(db, Clock.systemUTC());
            ContactDetails draft = Fixtures.complete().withSettings(new AccountSettings("Small draft", "", null, null));
            accounts.saveDraft(1, draft);
            // The disk is "full": the file may not grow beyond the pages it has now.
            int pages = db.transaction(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                    int n = rs.getInt(1);
                    s.execute("PRAGMA max_page_count = " + n);
                    return n;
                }
            });
            assertThat(pages).isPositive();
            ContactDetails big = draft.withSettings(new AccountSettings("x".repeat(200_000), "", null, null));

            assertThatThrownBy(() -> accounts.saveDraft(1, big))
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.kind()).as("%s / %s", e.getMessage(), e.getCause()).isEqualTo(Kind.DISK_FULL);
                        assertThat(e.file()).isEqualTo(file.toAbsolutePath());
                    });
            assertThatThrownBy(() -> accounts.submit(1, big, "test"))
                    .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DISK_FULL));

            assertThat(accounts.loadDraft(1)).contains(draft);
            assertThat(accounts.loadStored(1)).isEqualTo(Fixtures.complete());
            assertThat(integrity(db)).isEqualTo("ok");

            db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = 1073741823");
                }
                return null;
            });
            accounts.saveDraft(1, big);
            assertThat(accounts.loadDraft(1)).contains(big);
        }
    }

    private static String integrity(Database db) {
        return db.transaction(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.getString(1);
            }
        });
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstHasTheFileAndMayReadIt() throws Exception {
        Path file = populated("shared.db");
        try (Database mine = Database.open(file)) {
            List<String> lines = probe(file);

            assertThat(lines).containsExactly("REFUSED IN_USE DatabaseInUseException", "READ 1", "WRITE-REFUSED OPENED_READ_ONLY");
            assertThat(new SettingsRepository(mine).get("probe")).isEmpty();
            new SettingsRepository(mine).put("mine", "still works");
        }

        assertThat(probe(file)).first().isEqualTo("OPENED");
    }

    @Test
    void theLockDiesWithTheProcessThatHeldIt() throws Exception {
        Path file = populated("held.db");
        Process holder = ChildJvm.start(dir, StorageProbe.class, "hold", file.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as(ChildJvm.stderrTail(dir)).isEqualTo("HOLDING");
            assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DatabaseInUseException.class)
                    .satisfies(e -> assertThat(((StorageException) e).file()).isEqualTo(file.toAbsolutePath()));

            holder.toHandle().destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }

        try (Database db = Database.open(file)) {
            assertThat(integrity(db)).isEqualTo("ok");
        }
    }

    @Test
    void oneProcessMayOpenTheFileTwice() {
        Path file = dir.resolve("twice.db");
        try (Database first = Database.open(file); Database second = Database.open(file)) {
            new SettingsRepository(first).put("a", "1");
            assertThat(new SettingsRepository(second).get("a")).contains("1");
        }
        try (Database again = Database.open(file)) {
            assertThat(new SettingsRepository(again).get("a")).contains("1");
        }
    }

    @Test
    void lockFileIsPrivateToTheUser() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path file = dir.resolve("private.db");
        try (Database db = Database.open(file)) {
            Path lock = DatabaseLock.lockFileOf(file.toAbsolutePath());
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(lock)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void readOnlyOpeningRefusesEveryWriteAndChangesNothing() throws IOException {
        Path file = populated("look.db");
        Map<String, byte[]> before = snapshot(dir);

        try (Database db = Database.openReadOnly(file)) {
            assertThat(db.isReadOnly()).isTrue();
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
            assertThat(store.loadStored(1)).isEqualTo(Fixtures.complete());
            List<Runnable> writes = new ArrayList<>(List.of(
                    () -> store.saveDraft(1, ContactDetails.EMPTY),
                    () -> store.submit(1, Fixtures.complete(), "x"),
                    () -> store.addUser(1, "New", "new@example.com", UserRole.EDITOR, "x"),
                    () -> store.putSetting("k", "v")));
            for (Runnable write : writes) {
                assertThatThrownBy(write::run).isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.OPENED_READ_ONLY));
            }
        }

        Map<String, byte[]> after = snapshot(dir);
        after.remove("look.db-shm");
        after.remove("look.db-wal");
        assertSame(before, after);
    }

    @Test
    void readOnlyOpeningOfAMissingFileCreatesNothing() {
        Path file = dir.resolve("missing.db");

        assertThatThrownBy(() -> Database.openReadOnly(file)).isInstanceOf(StorageException.class);
        assertThat(file).doesNotExist();
    }

    private List<String> probe(Path file) throws Exception {
        Process p = ChildJvm.start(dir, StorageProbe.class, "probe", file.toString());
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(lines).as(ChildJvm.stderrTail(dir)).isNotEmpty();
        return lines;
    }
}
