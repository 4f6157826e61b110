package dev.partnercontacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.sync.SyncFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, section 6, through the headless command line in a child JVM: an export never writes
 * over the data file, what is kept beside it or its backups, respects a read-only file, writes
 * through a symbolic link, and names the file the user gave in every message.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SafeExportProcessTest {

    @TempDir
    Path dir;

    private Path db;
    private String key;

    @BeforeEach
    void dataFile() {
        db = dir.resolve("X.db");
        key = SyncFixtures.newKey();
        try (Database d = Database.open(db)) {
            new SqliteAccountStore(d, new Users(new Validation("")), Clock.systemUTC()).store(SyncFixtures.account(key), "T", "T", true);
        }
    }

    private Headless.Run export(Path target) throws Exception {
        return Headless.launch(dir.resolve("scratch-" + System.nanoTime()), null, "--db=" + db, "--export=" + target);
    }

    private void assertTheDataIsIntact() {
        try (Database d = Database.open(db)) {
            assertThat(new SqliteAccountStore(d, new Users(new Validation("")), Clock.systemUTC()).findByKey(key)).isPresent();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void exportingOntoTheDataFileIsRefusedAndTheDataStays() throws Exception {
        byte[] before = Files.readAllBytes(db);

        Headless.Run run = export(db);

        assertThat(run.status()).as(run.stdout()).isEqualTo(1);
        assertThat(run.stderr()).contains(db.toString()).contains("is the data file").doesNotContain(".part");
        assertThat(Files.readAllBytes(db)).startsWith("SQLite format 3".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.size(db)).isEqualTo(before.length);
        assertTheDataIsIntact();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X.db-wal", "X.db-shm", "X.db-journal", "X.db.lock", "x.DB", "X.DB-WAL"})
    void whatSqliteAndTheAppKeepBesideTheDataFileIsRefused(String name) throws Exception {
        Path target = dir.resolve(name);

        Headless.Run run = export(target);

        assertThat(run.status()).as(run.stdout()).isEqualTo(1);
        assertThat(run.stderr()).contains(target.toString()).contains("is the data file or one of the files kept beside it");
        assertTheDataIsIntact();
    }

    @Test
    void aSymbolicLinkToTheDataFileIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("innocent.json"), db);

        Headless.Run run = export(link);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr()).contains(link.toString()).contains("is the data file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertTheDataIsIntact();
    }

    @Test
    void theBackupsFolderAndItsFilesAreRefused() throws Exception {
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Path backup = Files.writeString(backups.resolve("X-20261130T000000Z.db"), "a backup");

        for (Path target : new Path[] {backup, backups.resolve("new.json"), backups}) {
            Headless.Run run = export(target);
            assertThat(run.status()).as("%s", target).isEqualTo(1);
            assertThat(run.stderr()).contains(target.toString()).doesNotContain(".part");
        }
        assertThat(Files.readString(backup)).isEqualTo("a backup");
        assertThat(backups.resolve("new.json")).doesNotExist();
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws Exception {
        Path target = Files.writeString(dir.resolve("kept.json"), "keep me");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));

        Headless.Run run = export(target);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr()).contains(target.toString()).contains("is read-only");
        assertThat(Files.readString(target)).isEqualTo("keep me");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("r--r--r--"));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("real.json"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

        Headless.Run run = export(link);

        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains(key);
        assertThat(Files.getPosixFilePermissions(real)).as("the file keeps its permissions")
                .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Test
    void aFolderIsNamedAsTheUserGaveItNeverAsATemporaryFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));

        Headless.Run run = export(folder);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr()).contains(folder.toString()).contains("is a folder").doesNotContain(".part");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMissingFolderIsNamedAsTheUserGaveIt() throws Exception {
        Path target = dir.resolve("missing").resolve("out.json");

        Headless.Run run = export(target);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr()).contains(target.toString()).contains("does not exist").doesNotContain(".part");
    }

    @Test
    void anOrdinaryFileIsReplacedWhole() throws Exception {
        Path target = Files.writeString(dir.resolve("out.json"), "an older export");

        Headless.Run run = export(target);

        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(Files.readString(target)).startsWith("{").contains(key);
        assertTheDataIsIntact();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u2007", "\u202F"})
    void anAddressTypedWithANoBreakSpaceAfterItIsExportedWithout(String space) throws Exception {
        try (Database d = Database.open(db)) {
            SqliteAccountStore store = new SqliteAccountStore(d, new Users(new Validation("")), Clock.systemUTC());
            store.addUser(store.findByKey(key).orElseThrow().id(), "Support", "support@acme.example" + space,
                    dev.partnercontacts.domain.UserRole.EDITOR, "T");
        }
        Path target = dir.resolve("out.json");

        Headless.Run run = export(target);

        assertThat(run.status()).as(run.stderr()).isZero();
        String bundle = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(bundle).contains("\"support@acme.example\"").doesNotContain(space)
                .doesNotContainIgnoringCase(String.format("\\u%04x", (int) space.charAt(0)));
    }
}
