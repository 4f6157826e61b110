package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.partnercontacts.StepClock;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.StoreFailure.Kind;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123Z");

    @TempDir
    Path dir;

    private final StepClock clock = new StepClock(T0);

    private Path file() {
        return dir.resolve("data").resolve("contacts.db");
    }

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBackupIsAConsistentPrivateCopyNamedByItsTime() throws IOException {
        Backups backups = new Backups(file(), clock, 10);
        try (Database db = Database.open(file())) {
            new AccountRepository(db, clock).submit(new AccountRepository(db, clock).firstOrNewAccountId(), Fixtures.complete(), "t");

            Backups.Backup b = backups.make(db);

            assertThat(b.file().getFileName().toString()).isEqualTo("contacts-20250301T101530123Z.db");
            assertThat(b.file().getParent()).isEqualTo(file().toAbsolutePath().resolveSibling("backups"));
            assertThat(b.madeAt()).isEqualTo(T0);
            assertThat(backups.list()).containsExactly(b);
        }
        try (Database copy = Database.openReadOnly(backups.list().get(0).file())) {
            assertThat(new AccountRepository(copy, clock).loadStored(1)).isEqualTo(Fixtures.complete());
            String integrity = copy.transaction(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                    return rs.getString(1);
                }
            });
            assertThat(integrity).isEqualTo("ok");
        }
    }

    /**
     * Two backups at once (the daily one at start-up on the background thread, the one before
     * removing an account on the writer): each began by deleting the other's unfinished file, and
     * one of them failed (seen as AccountsUiTest's removal finding no new backup).
     */
    @Test
    void backupsMadeAtTheSameTimeAreAllKept() throws Exception {
        try (Database db = Database.open(file())) {
            new AccountRepository(db, clock).submit(new AccountRepository(db, clock).firstOrNewAccountId(), Fixtures.complete(), "t");
            Backups daily = new Backups(file(), java.time.Clock.systemUTC(), 100);
            Backups beforeRemoval = new Backups(file(), java.time.Clock.systemUTC(), 100);
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Future<?> a = two.submit(() -> java.util.stream.IntStream.range(0, 15).forEach(i -> daily.make(db)));
                java.util.concurrent.Future<?> b = two.submit(() -> java.util.stream.IntStream.range(0, 15).forEach(i -> beforeRemoval.make(db)));
                a.get();
                b.get();
            } finally {
                two.shutdown();
            }
            assertThat(daily.list()).hasSize(30);
        }
    }

    @Test
    void backupsAndTheirFolderArePrivateToTheUser() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Backups backups = new Backups(file(), clock, 10);
        try (Database db = Database.open(file())) {
            Backups.Backup b = backups.make(db);

            assertThat(permissions(backups.folder())).isEqualTo("rwx------");
            assertThat(permissions(b.file())).isEqualTo("rw-------");
        }
    }

    @Test
    void onlyTheNewestAreKept() {
        Backups backups = new Backups(file(), clock, 3);
        try (Database db = Database.open(file())) {
            for (int i = 0; i < 5; i++) {
                backups.make(db);
                clock.advance(Duration.ofMinutes(1));
            }

            assertThat(backups.list()).extracting(Backups.Backup::madeAt).containsExactly(
                    T0.plus(Duration.ofMinutes(4)), T0.plus(Duration.ofMinutes(3)), T0.plus(Duration.ofMinutes(2)));
        }
    }

    @Test
    void twoBackupsInTheSameMillisecondBothExist() {
        Backups backups = new Backups(file(), clock, 10);
        try (Database db = Database.open(file())) {
            Backups.Backup first = backups.make(db);
            Backups.Backup second = backups.make(db);

            assertThat(second.file()).isNotEqualTo(first.file());
            assertThat(backups.list()).hasSize(2);
        }
    }

    @Test
    void aDailyBackupIsMadeOnlyWhenTheLastIsADayOld() {
        Backups backups = new Backups(file(), clock, 10);
        try (Database db = Database.open(file())) {
            assertThat(backups.makeDailyIfDue(db)).isPresent();
            clock.advance(Duration.ofHours(23));
            assertThat(backups.makeDailyIfDue(db)).isEmpty();
            clock.advance(Duration.ofHours(2));
            assertThat(backups.makeDailyIfDue(db)).isPresent();
            assertThat(backups.list()).hasSize(2);
        }
    }

    @Test
    void aSubmitMakesABackupWithTheSubmittedDetails() {
        Backups backups = new Backups(file(), clock, 10);
        try (Database db = Database.open(file())) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), clock, backups);
            long id = store.currentAccountId();
            store.saveDraft(id, Fixtures.complete());
            assertThat(backups.list()).isEmpty();

            store.submit(id, Fixtures.complete(), "t");
            store.backUpAfterSubmit();

            assertThat(backups.list()).hasSize(1);
        }
        try (Database copy = Database.openReadOnly(backups.list().get(0).file())) {
            assertThat(new AccountRepository(copy, clock).loadStored(1)).isEqualTo(Fixtures.complete());
        }
    }

    @Test
    void aFailedBackupDoesNotFailTheSubmit() throws IOException {
        Backups backups = new Backups(file(), clock, 10);
        try (Database db = Database.open(file())) {
            // A file where the backups folder should be.
            Files.writeString(backups.folder(), "in the way");
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), clock, backups);
            long id = store.currentAccountId();

            store.submit(id, Fixtures.complete(), "t");
            assertThatThrownBy(store::backUpAfterSubmit).isInstanceOf(StorageException.class);

            assertThat(store.loadStored(id)).isEqualTo(Fixtures.complete());
            assertThat(Files.readString(backups.folder())).isEqualTo("in the way");
        }
    }

    @Test
    void leftoversOfAnInterruptedBackupAreNeitherListedNorKept() throws IOException {
        Backups backups = new Backups(file(), clock, 10);
        try (Database db = Database.open(file())) {
            Backups.Backup b = backups.make(db);
            Path leftover = backups.folder().resolve("contacts-20250301T000000000Z.db.tmp");
            Files.write(leftover, new byte[] {1, 2, 3});
            Path unrelated = Files.writeString(backups.folder().resolve("notes.txt"), "mine");
            assertThat(backups.list()).containsExactly(b);

            clock.advance(Duration.ofSeconds(1));
            backups.make(db);

            assertThat(leftover).doesNotExist();
            assertThat(unrelated).exists();
        }
    }

    /** Details that differ from {@link Fixtures#complete()}, to tell versions apart. */
    private static ContactDetails later() {
        return Fixtures.complete().withSettings(new AccountSettings("Later name", "777", null, null));
    }

    @Test
    void restoreReplacesADamagedFileByTheNewestBackupAndKeepsTheDamagedOne() throws IOException {
        Backups backups = new Backups(file(), clock, 10);
        try (Database db = Database.open(file())) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), clock, backups);
            long id = store.currentAccountId();
            store.addUser(id, "Ada", "ada@example.com", UserRole.ADMINISTRATOR, "t");
            store.submit(id, Fixtures.complete(), "t");
            store.backUpAfterSubmit();
            clock.advance(Duration.ofMinutes(5));
            store.submit(id, later(), "t");
            store.backUpAfterSubmit();
        }
        // Damage: the second half of the file is gone.
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(whole, whole.length / 2));
        byte[] damaged = Files.readAllBytes(file());
        assertThatThrownBy(() -> Database.open(file()))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.kind()).isEqualTo(Kind.DAMAGED));
        assertThat(backups.newestUsable()).map(Backups.Backup::madeAt).contains(T0.plus(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(1));
        Backups.Restored restored = backups.restore();

        try (Database db = restored.database()) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), clock);
            assertThat(store.loadStored(1)).isEqualTo(later());
            assertThat(store.users(1)).extracting(u -> u.email()).containsExactly("ada@example.com");
            new SettingsRepository(db).put("works", "yes");
        }
        assertThat(restored.from().madeAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(restored.replacedFileKeptAt().getFileName().toString())
                .isEqualTo("contacts.db.replaced-20250301T102130123Z");
        assertThat(Files.readAllBytes(restored.replacedFileKeptAt())).isEqualTo(damaged);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(permissions(file())).isEqualTo("rw-------");
        }
        try (Database again = Database.open(file())) {
            assertThat(new SettingsRepository(again).get("works")).contains("yes");
        }
    }

    @Test
    void restoreSkipsBackupsThatAreThemselvesDamaged() throws IOException {
        Backups backups = new Backups(file(), clock, 10);
        Backups.Backup good;
        try (Database db = Database.open(file())) {
            new AccountRepository(db, clock).submit(new AccountRepository(db, clock).firstOrNewAccountId(), Fixtures.complete(), "t");
            good = backups.make(db);
            clock.advance(Duration.ofMinutes(1));
            Backups.Backup bad = backups.make(db);
            try (RandomAccessFile raf = new RandomAccessFile(bad.file().toFile(), "rw")) {
                raf.setLength(150);
            }
        }
        Files.writeString(file(), "no longer a database", StandardCharsets.UTF_8);

        assertThat(backups.newestUsable()).contains(good);
        try (Database db = backups.restore().database()) {
            assertThat(new AccountRepository(db, clock).loadStored(1)).isEqualTo(Fixtures.complete());
        }
    }

    @Test
    void restoreWithoutAUsableBackupChangesNothing() throws IOException {
        Backups backups = new Backups(file(), clock, 10);
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "not a database", StandardCharsets.UTF_8);

        assertThatThrownBy(backups::restore).isInstanceOf(StorageException.class);

        assertThat(Files.readString(file())).isEqualTo("not a database");
        assertThat(names(file().getParent())).containsExactly("contacts.db", "contacts.db.lock");
    }

    @Test
    void restoreIsRefusedWhileAnotherProcessHasTheFile() throws Exception {
        Backups backups = new Backups(file(), clock, 10);
        try (Database db = Database.open(file())) {
            backups.make(db);
        }
        Process holder = ChildJvm.start(dir, StorageProbe.class, "hold", file().toString());
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as(ChildJvm.stderrTail(dir)).isEqualTo("HOLDING");
            byte[] before = Files.readAllBytes(file());

            assertThatThrownBy(backups::restore).isInstanceOf(DatabaseInUseException.class);

            assertThat(Files.readAllBytes(file())).isEqualTo(before);
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }
}
