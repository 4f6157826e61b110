package dev.partnercontacts;

import dev.partnercontacts.storage.Backups;
import dev.partnercontacts.ui.configuration.BackupShelf;
import java.util.List;
import java.util.function.Consumer;

/**
 * Settings' view of the backups ({@link BackupShelf}) on the storage layer's {@link Backups};
 * putting one back is the application's ({@code App}: the windows close, the file is restored
 * and opened again).
 */
final class FileBackups implements BackupShelf {

    private final Backups backups;
    private final Consumer<Backups.Backup> restorer;

    /** @param restorer closes the file, has {@link Backups#restore(Backups.Backup)} put the backup in place, and reopens */
    FileBackups(Backups backups, Consumer<Backups.Backup> restorer) {
        this.backups = backups;
        this.restorer = restorer;
    }

    @Override
    public List<Entry> list() {
        return backups.describe().stream()
                .map(l -> new Entry(l.backup().file(), l.backup().madeAt(), l.size(), l.accounts())).toList();
    }

    @Override
    public void check(Entry entry) {
        backups.check(backup(entry));
    }

    @Override
    public void restore(Entry entry) {
        restorer.accept(backup(entry));
    }

    private static Backups.Backup backup(Entry entry) {
        return new Backups.Backup(entry.file(), entry.madeAt());
    }
}
