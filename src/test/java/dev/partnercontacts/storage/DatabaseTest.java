package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    private static void assumePosix() {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static List<String> tables(Database db) {
        return db.transaction(c -> {
            List<String> names = new java.util.ArrayList<>();
            try (Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    private static String pragma(Database db, String name) {
        return db.transaction(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA " + name)) {
                return rs.getString(1);
            }
        });
    }

    /** Writes a plain SQLite file, as another program or a newer version would, without this class. */
    private static void writeForeignDatabase(Path file, int userVersion) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE account (id INTEGER PRIMARY KEY, future_column TEXT)");
            s.execute("INSERT INTO account(future_column) VALUES ('from the future')");
            s.execute("PRAGMA user_version = " + userVersion);
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void newFileIsMigratedToTheLatestSchema() {
        Path file = dir.resolve("new.db");

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest()).isPositive();
            assertThat(db.file()).isEqualTo(file.toAbsolutePath());
            assertThat(tables(db)).contains("account", "contact", "support_window", "portal_user",
                    "alert_contact", "draft", "history", "author", "setting");
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void emptyExistingFileIsMigrated() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.db"));

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
        }
    }

    @Test
    void reopeningIsIdempotentAndKeepsTheData() {
        Path file = dir.resolve("again.db");
        try (Database db = Database.open(file)) {
            new SettingsRepository(db).put("k", "v");
        }

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(new SettingsRepository(db).get("k")).contains("v");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(tables(db)).containsOnlyOnce("account");
        }
    }

    @Test
    void foreignKeysAndWriteAheadLogAreOn() {
        try (Database db = Database.open(dir.resolve("pragmas.db"))) {
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(db, "journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(pragma(db, "synchronous")).isEqualTo("2");
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database db = Database.open(dir.resolve("fk.db"))) {
            assertThatThrownBy(() -> db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO draft(account_id, body, saved_at) VALUES (999, '{}', 'now')");
                }
                return null;
            })).isInstanceOf(StorageException.class);
        }
    }

    @Test
    void fileInAMissingNestedFolderIsCreated() {
        Path file = dir.resolve("a").resolve("b").resolve("c").resolve("nested.db");

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void fileIsPrivateToTheUser() throws IOException {
        assumePosix();
        Path file = dir.resolve("private.db");

        try (Database db = Database.open(file)) {
            new SettingsRepository(db).put("k", "v");
            assertThat(permissions(file)).isEqualTo("rw-------");
            for (String suffix : List.of("-wal", "-shm")) {
                Path sidecar = dir.resolve("private.db" + suffix);
                if (Files.exists(sidecar)) {
                    assertThat(permissions(sidecar)).as(suffix).isEqualTo("rw-------");
                }
            }
        }
        assertThat(permissions(file)).isEqualTo("rw-------");
    }

    @Test
    void createdFoldersArePrivateToTheUser() throws IOException {
        assumePosix();
        Path outer = dir.resolve("outer");
        Path inner = outer.resolve("inner");

        try (Database db = Database.open(inner.resolve("data.db"))) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
        }

        assertThat(permissions(outer)).isEqualTo("rwx------");
        assertThat(permissions(inner)).isEqualTo("rwx------");
        assertThat(permissions(inner.resolve("data.db"))).isEqualTo("rw-------");
    }

    @Test
    void existingFolderKeepsItsPermissions() throws IOException {
        assumePosix();
        Path shared = Files.createDirectory(dir.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-x---"));

        try (Database db = Database.open(shared.resolve("data.db"))) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
        }

        assertThat(permissions(shared)).isEqualTo("rwxr-x---");
        assertThat(permissions(shared.resolve("data.db"))).isEqualTo("rw-------");
    }

    @Test
    void fileFromANewerVersionIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("future.db");
        writeForeignDatabase(file, Migrations.latest() + 1);
        byte[] before = Files.readAllBytes(file);
        List<String> listingBefore = listing(dir);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("newer version")
                .satisfies(e -> assertThat(((StorageException) e).file()).isEqualTo(file.toAbsolutePath()));

        assertThat(Files.size(file)).isEqualTo(before.length);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(listing(dir)).isEqualTo(listingBefore);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).isEqualTo(Migrations.latest() + 1);
            }
            try (var rs = s.executeQuery("SELECT future_column FROM account")) {
                assertThat(rs.getString(1)).isEqualTo("from the future");
            }
        }
    }

    @Test
    void fileFromANewerVersionInWalModeIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("future-wal.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE account (id INTEGER PRIMARY KEY)");
            s.execute("PRAGMA user_version = 1000");
        }
        byte[] before = Files.readAllBytes(file);
        List<String> listingBefore = listing(dir);

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StorageException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(listing(dir)).isEqualTo(listingBefore);
    }

    @Test
    void textFileIsRefusedAndLeftUnchanged() throws IOException {
        Path file = dir.resolve("notes.db");
        String text = "These are my notes, not a database.\n".repeat(200);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).file()).isEqualTo(file.toAbsolutePath()));

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(listing(dir)).containsExactly("notes.db");
    }

    @Test
    void shortBinaryFileIsRefusedAndLeftUnchanged() throws IOException {
        Path file = dir.resolve("garbage.db");
        byte[] garbage = {0x50, 0x4b, 0x03, 0x04, 0x00, 0x7f, (byte) 0xff, 0x10, 0x20};
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StorageException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void folderInTheWayIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.db"));

        assertThatThrownBy(() -> Database.open(folder)).isInstanceOf(StorageException.class);
        assertThat(folder).isDirectory();
    }

    @Test
    void transactionCommitsWhenTheWorkReturns() {
        try (Database db = Database.open(dir.resolve("tx.db"))) {
            Integer result = db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO setting(key, value) VALUES ('a', '1')");
                }
            });

            assertThat(result).isEqualTo(1);
            assertThat(new SettingsRepository(db).get("a")).contains("1");
        }
    }

    @Test
    void runtimeFailureRollsBackAndIsRethrownAsIs() {
        try (Database db = Database.open(dir.resolve("tx.db"))) {
            IllegalStateException failure = new IllegalStateException("boom");

            assertThatThrownBy(() -> db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO setting(key, value) VALUES ('a', '1')");
                }
                throw failure;
            })).isSameAs(failure);

            assertThat(new SettingsRepository(db).get("a")).isEmpty();
        }
    }

    @Test
    void sqlFailureRollsBackTheWholeWorkAndIsWrapped() {
        Path file = dir.resolve("tx.db");
        try (Database db = Database.open(file)) {
            assertThatThrownBy(() -> db.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO setting(key, value) VALUES ('a', '1')");
                    s.executeUpdate("INSERT INTO no_such_table VALUES (1)");
                }
                return null;
            })).isInstanceOf(StorageException.class)
                    .hasCauseInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((StorageException) e).file()).isEqualTo(file.toAbsolutePath()));

            assertThat(new SettingsRepository(db).get("a")).isEmpty();
            // The connection is still usable afterwards.
            new SettingsRepository(db).put("b", "2");
            assertThat(new SettingsRepository(db).get("b")).contains("2");
        }
    }
}
