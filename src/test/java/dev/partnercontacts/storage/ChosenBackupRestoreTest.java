package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnercontacts.StepClock;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings → Restore (issue 15): a backup the user chose is put back in place, the current file
 * kept beside it; a backup that fails its check, or a folder that cannot be written, changes
 * nothing. Real SQLite files in a temporary folder.
 */
class ChosenBackupRestoreTest {

    @TempDir
    Path dir;

    private final StepClock clock = new StepClock(Instant.parse("2026-11-30T09:00:00Z"));

    private Path file() {
        return dir.resolve("data").resolve("contacts.db");
    }

    private SqliteAccountStore store(Database db, Backups backups) {
        return new SqliteAccountStore(db, new Users(new Validation("")), clock, backups);
    }

    private int accountsIn(Path file) {
        try (Database db = Database.open(file)) {
            return store(db, null).accounts().size();
        }
    }

    private List<String> namesBesideTheFile() throws IOException {
        try (Stream<Path> files = Files.list(file().getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".replaced-"))
                    .filter(n -> !n.endsWith(".lock")).toList();
        }
    }

    /** One account, backed up; then two; backed up; then three, not backed up. */
    private List<Backups.Backup> threeAccountsAndTwoBackups(Backups backups) {
        try (Database db = Database.open(file())) {
            SqliteAccountStore store = store(db, backups);
            store.currentAccountId();
            Backups.Backup one = backups.make(db);
            clock.advance(Duration.ofMinutes(1));
            store.createAccount("t");
            Backups.Backup two = backups.make(db);
            clock.advance(Duration.ofMinutes(1));
            store.createAccount("t");
            return List.of(one, two);
        }
    }

    @Test
    void aChosenBackupPutsItsAccountsBackAndTheCurrentFileIsKeptBesideIt() throws IOException {
        Backups backups = new Backups(file(), clock, 10);
        List<Backups.Backup> made = threeAccountsAndTwoBackups(backups);
        assertThat(backups.describe()).extracting(Backups.Listed::accounts).containsExactly(2, 1);
        assertThat(backups.describe()).allSatisfy(l -> assertThat(l.size()).isPositive());
        byte[] current = Files.readAllBytes(file());

        clock.advance(Duration.ofMinutes(1));
        Backups.Restored restored = backups.restore(made.get(0));
        restored.database().close();

        assertThat(accountsIn(file())).as("the accounts of the oldest backup").isEqualTo(1);
        assertThat(restored.from()).isEqualTo(made.get(0));
        assertThat(restored.replacedFileKeptAt()).hasFileName("contacts.db.replaced-20261130T090300000Z");
        assertThat(Files.readAllBytes(restored.replacedFileKeptAt())).isEqualTo(current);
        assertThat(accountsIn(restored.replacedFileKeptAt())).isEqualTo(3);

        // Again, in the same millisecond: the file kept the first time is not overwritten.
        Backups.Restored again = backups.restore(made.get(1));
        again.database().close();
        assertThat(namesBesideTheFile()).containsExactlyInAnyOrder("contacts.db.replaced-20261130T090300000Z",
                "contacts.db.replaced-20261130T090300000Z-1");
        assertThat(accountsIn(file())).isEqualTo(2);
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingChanges() throws IOException {
        Backups backups = new Backups(file(), clock, 10);
        Backups.Backup chosen = threeAccountsAndTwoBackups(backups).get(1);
        try (RandomAccessFile raf = new RandomAccessFile(chosen.file().toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> backups.check(chosen)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> backups.restore(chosen)).isInstanceOf(StorageException.class);

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(namesBesideTheFile()).isEmpty();
        assertThat(accountsIn(file())).isEqualTo(3);
    }

    @Test
    void aFolderThatCannotBeWrittenChangesNothing() throws Exception {
        Backups backups = new Backups(file(), clock, 10);
        Backups.Backup chosen = threeAccountsAndTwoBackups(backups).get(0);
        byte[] before = Files.readAllBytes(file());

        try (ReadOnly folder = ReadOnly.make(file().getParent())) {
            assertThatThrownBy(() -> backups.restore(chosen)).isInstanceOf(StorageException.class);
        }

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(namesBesideTheFile()).isEmpty();
    }

    @Test
    void theFileIsNotReplacedWhileItIsOpen() throws IOException {
        Backups backups = new Backups(file(), clock, 10);
        Backups.Backup chosen = threeAccountsAndTwoBackups(backups).get(0);
        try (Database open = Database.open(file())) {
            assertThatThrownBy(() -> backups.restore(chosen)).isInstanceOf(DatabaseInUseException.class);
        }
        assertThat(accountsIn(file())).isEqualTo(3);
    }
}
